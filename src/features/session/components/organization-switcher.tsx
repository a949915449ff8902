import { useId } from 'react';
import type { Workspace } from '../model/workspace';

interface OrganizationSwitcherProps {
  workspace: Workspace;
  /** One label per connected organization, in the workspace's order. */
  labels: readonly string[];
  onSelect: (index: number) => void;
}

/** Several organizations in one tab: pick which one is shown. */
export function OrganizationSwitcher({ workspace, labels, onSelect }: OrganizationSwitcherProps) {
  const id = useId();
  if (workspace.sessions.length < 2) return null;
  return (
    <span className="flex min-w-0 items-center gap-2 text-sm" data-export-exclude>
      <label htmlFor={id} className="max-sm:sr-only">
        Organization
      </label>
      <select
        id={id}
        value={workspace.active}
        onChange={(e) => onSelect(Number(e.target.value))}
        className="min-h-9 min-w-0 max-w-64 flex-1 truncate rounded-md border border-line bg-surface px-2 py-1"
      >
        {workspace.sessions.map((_, i) => (
          <option key={i} value={i}>
            {labels[i]}
          </option>
        ))}
      </select>
    </span>
  );
}
