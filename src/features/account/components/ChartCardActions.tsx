import { buttonClass } from '@/components/buttons';
import { CardMenu } from '@/features/share/components/CardMenu';

interface ChartCardActionsProps {
  cardId: string;
  cardTitle: string;
  asTable: boolean;
  onToggle: () => void;
  /** What the toggle returns to: "chart", "gauge". */
  chartName: string;
}

/** A chart card's title-row actions: the table view toggle and the card's export menu. */
export function ChartCardActions({ cardId, cardTitle, asTable, onToggle, chartName }: ChartCardActionsProps) {
  return (
    <div className="flex items-center gap-1" data-export-exclude>
      <button type="button" className={buttonClass.ghost} aria-pressed={asTable} onClick={onToggle}>
        {asTable ? `Show as ${chartName}` : 'Show as table'}
      </button>
      <CardMenu cardId={cardId} cardTitle={cardTitle} />
    </div>
  );
}
