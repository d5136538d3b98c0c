import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

export interface SideNavItem {
  to: string;
  label: string;
  icon?: ReactNode;
}

/** Site navigation as a list of links (not an ARIA menu): Tab moves through it, the current page is marked. */
export function SideNav({ label, items }: { label: string; items: SideNavItem[] }) {
  return (
    <nav aria-label={label} className="op-side-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === '/'}
              className={({ isActive }) => (isActive ? 'op-nav-link is-active' : 'op-nav-link')}
            >
              {item.icon ? (
                <span className="op-nav-icon" aria-hidden="true">
                  {item.icon}
                </span>
              ) : null}
              <span>{item.label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
