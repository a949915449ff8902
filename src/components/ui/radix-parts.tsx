import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import * as RadixPopover from '@radix-ui/react-popover';
import * as RadixTooltip from '@radix-ui/react-tooltip';
import { Check, ChevronRight } from 'lucide-react';
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';
import type { Handover, MenuEntry, MenuProps, PopoverProps } from './types';

/**
 * The Radix implementations behind menu.tsx, popover.tsx and tooltip.tsx, loaded on
 * demand (see interactive.ts). Menus are not modal: a modal menu locks scrolling with an
 * injected <style>, which the Content-Security-Policy refuses.
 */

const panel = 'z-30 rounded-lg border border-line bg-surface p-1 text-ink shadow-lg';
const itemClass =
  'flex w-full cursor-default select-none items-center gap-2 rounded-md px-3 py-2 text-left text-sm outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-surface-muted';

function Entries({ items }: { items: readonly MenuEntry[] }) {
  return items.map((entry, index) => {
    if (entry.kind === 'separator')
      return <DropdownMenu.Separator key={`separator-${index}`} className="my-1 h-px bg-line" />;
    if (entry.kind === 'checkbox') {
      return (
        <DropdownMenu.CheckboxItem
          key={entry.label}
          className={itemClass}
          checked={entry.checked}
          disabled={entry.disabled}
          onCheckedChange={(checked) => entry.onCheckedChange(checked === true)}
        >
          <span className="inline-flex w-4 justify-center">
            <DropdownMenu.ItemIndicator>
              <Check size={15} aria-hidden />
            </DropdownMenu.ItemIndicator>
          </span>
          {entry.label}
        </DropdownMenu.CheckboxItem>
      );
    }
    if (entry.kind === 'radio') {
      return (
        <DropdownMenu.RadioGroup
          key={entry.label}
          aria-label={entry.label}
          value={entry.value}
          onValueChange={entry.onValueChange}
        >
          {entry.options.map((option) => (
            <DropdownMenu.RadioItem key={option.value} value={option.value} className={itemClass}>
              <span className="inline-flex w-4 justify-center">
                <DropdownMenu.ItemIndicator>
                  <Check size={15} aria-hidden />
                </DropdownMenu.ItemIndicator>
              </span>
              {option.label}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      );
    }
    if (entry.kind === 'submenu') {
      return (
        <DropdownMenu.Sub key={entry.label}>
          <DropdownMenu.SubTrigger className={itemClass}>
            {entry.icon}
            {entry.label}
            <ChevronRight size={15} aria-hidden className="ml-auto" />
          </DropdownMenu.SubTrigger>
          <DropdownMenu.Portal>
            <DropdownMenu.SubContent className={`${panel} min-w-56`} sideOffset={4} collisionPadding={8}>
              <Entries items={entry.items} />
            </DropdownMenu.SubContent>
          </DropdownMenu.Portal>
        </DropdownMenu.Sub>
      );
    }
    return (
      <DropdownMenu.Item key={entry.label} className={itemClass} disabled={entry.disabled} onSelect={entry.onSelect}>
        {entry.icon}
        {entry.label}
      </DropdownMenu.Item>
    );
  });
}

/** @public read through the lazily loaded module (interactive.tsx) */
export function MenuImpl({
  label,
  trigger,
  triggerClassName,
  items,
  align = 'end',
  disabled,
  handover,
}: MenuProps & { handover: Handover }) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (handover.focused) triggerRef.current?.focus();
    if (handover.open === 'keyboard') {
      requestAnimationFrame(() => contentRef.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus());
    }
    // Only once, when this implementation takes over from the shell.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <DropdownMenu.Root modal={false} defaultOpen={handover.open !== null}>
      <DropdownMenu.Trigger asChild disabled={disabled}>
        <button ref={triggerRef} type="button" className={triggerClassName} aria-label={label}>
          {trigger}
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          ref={contentRef}
          align={align}
          sideOffset={4}
          collisionPadding={8}
          className={`${panel} min-w-56`}
          data-export-exclude
        >
          <Entries items={items} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** @public read through the lazily loaded module (interactive.tsx) */
export function PopoverImpl({
  label,
  trigger,
  triggerClassName,
  children,
  handover,
}: PopoverProps & { handover: Handover }) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (handover.focused) triggerRef.current?.focus();
    // Only once, when this implementation takes over from the shell.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <RadixPopover.Root defaultOpen={handover.open !== null}>
      <RadixPopover.Trigger asChild>
        <button ref={triggerRef} type="button" className={triggerClassName}>
          {trigger}
        </button>
      </RadixPopover.Trigger>
      <RadixPopover.Portal>
        <RadixPopover.Content
          aria-label={label}
          align="end"
          sideOffset={4}
          collisionPadding={8}
          className={`${panel} w-72 max-w-[calc(100vw-1rem)] space-y-3 p-3`}
          data-export-exclude
        >
          {children}
        </RadixPopover.Content>
      </RadixPopover.Portal>
    </RadixPopover.Root>
  );
}

/**
 * One provider for all tooltips: a short delay, and moving between triggers shows the next at once.
 * @public read through the lazily loaded module (interactive.tsx)
 */
export function TooltipProviderImpl({ children }: { children: ReactNode }) {
  return (
    // Not hoverable: moving from one bar to the next must show the next one's, at once.
    <RadixTooltip.Provider delayDuration={150} skipDelayDuration={300} disableHoverableContent>
      {children}
    </RadixTooltip.Provider>
  );
}

/** @public read through the lazily loaded module (interactive.tsx) */
export function TooltipImpl({
  content,
  children,
  testId,
  offset = 0,
}: {
  content: ReactNode;
  /** The trigger: one focusable element that accepts a ref. */
  children: ReactElement;
  testId?: string;
  /** Distance from the trigger's start edge where the tooltip begins (a bar's end, say). */
  offset?: number;
}) {
  return (
    <RadixTooltip.Root>
      <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
      <RadixTooltip.Portal>
        <RadixTooltip.Content
          side="bottom"
          align="start"
          alignOffset={offset}
          sideOffset={4}
          collisionPadding={8}
          data-testid={testId}
          className="z-30 w-72 max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-surface p-3 text-sm text-ink shadow-lg"
        >
          {content}
        </RadixTooltip.Content>
      </RadixTooltip.Portal>
    </RadixTooltip.Root>
  );
}
