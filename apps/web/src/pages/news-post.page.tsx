import { useParams } from 'react-router';
import { useApiQuery } from '../api/use-api-query.ts';
import { ROUTES } from '../app/routes.ts';
import { fetchPublishedPost } from '../modules/portal/api/posts.api.ts';
import { PostView } from '../modules/portal/components/post-view.tsx';
import { Loading } from '../ui/loading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

export default function NewsPostPage() {
  const { id = '' } = useParams();
  const query = useApiQuery(id, (signal) => fetchPublishedPost(id, signal));
  if (query.problem) return <ProblemAlert problem={query.problem} />;
  if (!query.data) return <Loading />;
  return <PostView post={query.data} backHref={ROUTES.news(query.data.language)} />;
}
