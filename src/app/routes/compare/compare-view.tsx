import { ComparisonView } from '@/features/compare/components/comparison-view';
import { QueryScope } from '../../query-scope';

/** The comparison, with the query cache it reads (shared with the dashboard's). */
export function CompareView(props: Parameters<typeof ComparisonView>[0]) {
  return (
    <QueryScope>
      <ComparisonView {...props} />
    </QueryScope>
  );
}
