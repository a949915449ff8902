import { Button } from './button';

/** "Show as table" and back: every chart has a table of the same numbers. */
export function ViewToggle({
  asTable,
  onToggle,
  chartName,
}: {
  asTable: boolean;
  onToggle: () => void;
  chartName: string;
}) {
  return (
    <Button variant="ghost" aria-pressed={asTable} onClick={onToggle}>
      {asTable ? `Show as ${chartName}` : 'Show as table'}
    </Button>
  );
}
