import { useTranslation } from 'react-i18next';
import { ROUTES } from '../app/routes.ts';
import { NewsList } from '../modules/portal/components/news-list.tsx';
import { PageHeading } from '../ui/page-heading.tsx';

/** The provincial portal's news, in Vietnamese or in Khmer. */
export default function NewsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading intro={t('portalPosts.list.intro')}>{t('portalPosts.list.title')}</PageHeading>
      <NewsList postHref={ROUTES.newsPost} />
    </>
  );
}
