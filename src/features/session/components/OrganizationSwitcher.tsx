import { useQueryClient } from '@tanstack/react-query';
import { Columns3, Plus } from 'lucide-react';
import { useId } from 'react';
import { buttonClass } from '@/components/buttons';
import { organizationKeys, type OrganizationSnapshot } from '@/api/get-organization';
import { maskApiKey } from '../model/api-key';
import type { Session, Workspace } from '../model/session';

/** The organization's name once loaded, with its masked key; the masked key alone before. */
function useSessionLabel() {
  const queryClient = useQueryClient();
  return (session: Session) => {
    const snapshot = queryClient.getQueryData<OrganizationSnapshot>(organizationKeys.forSession(session));
    const name = snapshot?.organization.organizationName;
    const who = session.kind === 'api' ? maskApiKey(session.apiKey) : 'sample data';
    return name ? `${name} (${who})` : who;
  };
}

interface OrganizationSwitcherProps {
  workspace: Workspace;
  onSelect: (index: number) => void;
  onAdd: () => void;
  onCompare: () => void;
}

/** Several organizations in one tab: pick which one is shown, add another, compare them. */
export function OrganizationSwitcher({ workspace, onSelect, onAdd, onCompare }: OrganizationSwitcherProps) {
  const label = useSessionLabel();
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" data-export-exclude>
      {workspace.sessions.length > 1 ? (
        <>
          <label htmlFor={id}>Organization</label>
          <select
            id={id}
            value={workspace.active}
            onChange={(e) => onSelect(Number(e.target.value))}
            className="min-h-9 max-w-64 rounded-md border border-line bg-surface px-2 py-1"
          >
            {workspace.sessions.map((session, i) => (
              <option key={i} value={i}>
                {label(session)}
              </option>
            ))}
          </select>
          <button type="button" className={buttonClass.secondary} onClick={onCompare}>
            <Columns3 size={16} aria-hidden />
            Compare
          </button>
        </>
      ) : null}
      <button type="button" className={buttonClass.secondary} onClick={onAdd}>
        <Plus size={16} aria-hidden />
        Add organization
      </button>
    </div>
  );
}
