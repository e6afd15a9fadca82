"use client";

import { makeStyles, mergeClasses, shorthands, tokens, useFieldControlProps_unstable } from "@fluentui/react-components";
import { CheckmarkRegular, ChevronDownRegular } from "@fluentui/react-icons";
import { useId, useState, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  root: { position: "relative", display: "inline-block", minWidth: "200px" },
  trigger: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalS} 0 ${tokens.spacingHorizontalMNudge}`,
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "left",
    cursor: "pointer",
    ":hover": { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  placeholder: { color: tokens.colorNeutralForeground4 },
  chevron: { fontSize: "20px", color: tokens.colorNeutralStrokeAccessible, flexShrink: 0 },
  menu: {
    position: "absolute",
    top: "100%",
    left: 0,
    zIndex: 1000,
    minWidth: "100%",
    marginTop: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
  option: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalSNudge,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Hover },
  focused: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  box: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "16px",
    height: "16px",
    flexShrink: 0,
    fontSize: "12px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  checked: { backgroundColor: tokens.colorCompoundBrandBackground, ...shorthands.borderColor(tokens.colorCompoundBrandBackground), color: tokens.colorNeutralForegroundInverted },
});

export interface MultiSelectFilterProps {
  options: readonly { value: string; label: string }[];
  selected: readonly string[];
  /** Adds the value to the selection or takes it out. */
  onToggle: (value: string) => void;
  placeholder?: string;
}

/**
 * A multiselect filter inside a Fluent Field, the way Fluent's multiselect Dropdown exposes it (a combobox that opens
 * a menu of menuitemcheckbox options, focus staying on the combobox with aria-activedescendant), without its
 * listbox, positioning and active-descendant machinery: the options are few and the menu opens below.
 */
export function MultiSelectFilter({ options, selected, onToggle, placeholder = "Any" }: MultiSelectFilterProps) {
  const styles = useStyles();
  const field = useFieldControlProps_unstable<{ id?: string; "aria-labelledby"?: string }>({}, { supportsLabelFor: false });
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // As with :focus-visible, the active option is outlined only when the keyboard moved to it.
  const [keyboard, setKeyboard] = useState(false);
  const labels = options.filter((o) => selected.includes(o.value)).map((o) => o.label);
  const optionId = (index: number) => `${menuId}-${index}`;

  function openAt(index: number) {
    setActive(Math.max(0, Math.min(options.length - 1, index)));
    setOpen(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const keys: Record<string, () => void> = open
      ? {
          ArrowDown: () => setActive((i) => Math.min(options.length - 1, i + 1)),
          ArrowUp: () => setActive((i) => Math.max(0, i - 1)),
          Home: () => setActive(0),
          End: () => setActive(options.length - 1),
          Enter: () => options[active] && onToggle(options[active].value),
          " ": () => options[active] && onToggle(options[active].value),
          Escape: () => setOpen(false),
        }
      : {
          ArrowDown: () => openAt(0),
          ArrowUp: () => openAt(options.length - 1),
          Enter: () => openAt(0),
          " ": () => openAt(0),
          "Alt+ArrowDown": () => openAt(0),
        };
    const action = keys[event.altKey ? `Alt+${event.key}` : event.key] ?? (open && event.key === "Tab" ? () => setOpen(false) : undefined);
    if (!action) return;
    setKeyboard(true);
    if (event.key !== "Tab") {
      event.preventDefault();
      event.stopPropagation();
    }
    action();
  }

  return (
    <div className={styles.root}>
      <button
        {...field}
        type="button"
        role="combobox"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-activedescendant={open ? optionId(active) : undefined}
        className={styles.trigger}
        onClick={(e) => {
          // Enter and Space also click a button; the key handler has dealt with them.
          if (e.detail === 0) return;
          setKeyboard(false);
          if (open) setOpen(false);
          else openAt(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      >
        <span className={labels.length ? undefined : styles.placeholder}>{labels.length ? labels.join(", ") : placeholder}</span>
        <ChevronDownRegular className={styles.chevron} aria-hidden />
      </button>
      {open ? (
        <div role="menu" id={menuId} aria-labelledby={field["aria-labelledby"]} className={styles.menu}>
          {options.map((option, index) => {
            const checked = selected.includes(option.value);
            return (
              <div
                key={option.value}
                id={optionId(index)}
                role="menuitemcheckbox"
                aria-checked={checked}
                className={mergeClasses(styles.option, index === active && styles.active, index === active && keyboard && styles.focused)}
                // The combobox keeps the focus, as in Fluent's Dropdown: a click must not blur it.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setKeyboard(false);
                  setActive(index);
                  onToggle(option.value);
                }}
              >
                <span className={mergeClasses(styles.box, checked && styles.checked)} aria-hidden>
                  {checked ? <CheckmarkRegular /> : null}
                </span>
                {option.label}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
