import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { initI18n } from './app/i18n.ts';
import './styles.css';

// Texts first (and English, if that was the visitor's last choice), so the first paint is in the right language.
await initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// A transition: React renders the first screen in slices of a few milliseconds and yields in between, so a
// slow phone's main thread is never blocked for long (Lighthouse's total blocking time) while the static
// shell of index.html stays on screen until the first screen is ready.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
