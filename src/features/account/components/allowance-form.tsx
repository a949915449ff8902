import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { parseAllowanceInput } from '@/model/allowance';

interface AllowanceFormProps {
  current: number | null;
  onSave: (amount: number | null) => void;
}

/** Where an enterprise organization types its contracted monthly allowance (kept in this tab only). */
export function AllowanceForm({ current, onSave }: AllowanceFormProps) {
  const [text, setText] = useState(current === null ? '' : String(current));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAllowanceInput(text);
    setError(parsed.ok ? null : parsed.message);
    if (parsed.ok) onSave(parsed.amount);
  };
  return (
    <form onSubmit={submit} noValidate className="mt-3 rounded-lg bg-surface-muted p-3">
      <Field
        label="Contracted monthly allowance (credits)"
        error={error}
        help={error ? undefined : 'Enterprise allowances are set by contract. Kept in this tab only.'}
      >
        {(control) => (
          <div className="flex flex-wrap gap-2">
            <input
              {...control}
              inputMode="numeric"
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="for example 5,000,000"
              className={`${inputClass} tabular flex-1 bg-surface py-1.5`}
            />
            <Button type="submit">{current === null ? 'Use this allowance' : 'Update'}</Button>
            {current !== null ? (
              <Button variant="ghost" onClick={() => onSave(null)}>
                Clear
              </Button>
            ) : null}
          </div>
        )}
      </Field>
    </form>
  );
}
