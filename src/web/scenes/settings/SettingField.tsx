/**
 * One setting's input, drawn from the JSON Schema the server sends with it: a number with its
 * bounds, a choice for an enumeration, text (empty meaning "none" where the setting allows none),
 * a list of words, or an object's parts each by its own schema. What a schema cannot describe
 * is edited as JSON.
 */
import { Input, InputNumber, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages.ts';

export interface Schema {
  type?: string;
  anyOf?: Schema[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
}

/** Parts of object settings that have words of their own (messages.ts). */
const PARTS = ['blue', 'yellow', 'red', 'name', 'url'];

interface FieldProps {
  schema: Schema;
  value?: unknown;
  onChange?: (value: unknown) => void;
  secret?: boolean;
  secretSet?: boolean;
  id?: string;
  'aria-label'?: string;
}

/** The schema without its "or null", and whether null is allowed. */
export function unwrapNullable(schema: Schema): { schema: Schema; nullable: boolean } {
  const options = schema.anyOf ?? [];
  const other = options.filter((s) => s.type !== 'null');
  if (options.length === 2 && other.length === 1 && other[0])
    return { schema: other[0], nullable: true };
  return { schema, nullable: false };
}

function JsonField({ value, onChange, id }: FieldProps) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 1));
  return (
    <Input.TextArea
      id={id}
      autoSize={{ minRows: 2, maxRows: 8 }}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        try {
          onChange?.(JSON.parse(e.target.value));
        } catch {
          // Kept as typed until it parses; the server checks the value on save.
        }
      }}
    />
  );
}

export function SettingField(props: FieldProps) {
  const t = useT();
  const { schema, nullable } = unwrapNullable(props.schema);
  const { value, onChange, id } = props;
  const label = props['aria-label'];
  if (schema.type === 'integer' || schema.type === 'number')
    return (
      <InputNumber
        id={id}
        aria-label={label}
        value={typeof value === 'number' ? value : null}
        min={schema.minimum}
        max={schema.maximum}
        step={schema.type === 'integer' ? 1 : 0.05}
        precision={schema.type === 'integer' ? 0 : undefined}
        onChange={(v) => onChange?.(v ?? (nullable ? null : v))}
        style={{ width: 160 }}
      />
    );
  if (schema.type === 'boolean')
    return (
      <Switch id={id} aria-label={label} checked={value === true} onChange={(v) => onChange?.(v)} />
    );
  if (schema.type === 'string' && schema.enum)
    return (
      <Select
        id={id}
        aria-label={label}
        value={value}
        allowClear={nullable}
        onChange={(v) => onChange?.(v ?? null)}
        options={schema.enum.map((e) => ({ value: e as string, label: String(e) }))}
        style={{ minWidth: 160 }}
      />
    );
  if (schema.type === 'string') {
    const text = typeof value === 'string' ? value : '';
    const change = (v: string) => onChange?.(v === '' && nullable ? null : v);
    if (props.secret)
      return (
        <Input.Password
          id={id}
          aria-label={label}
          value={text}
          autoComplete="new-password"
          placeholder={props.secretSet ? t('settings.secretSet') : t('settings.secretUnset')}
          onChange={(e) => change(e.target.value)}
        />
      );
    return (
      <Input id={id} aria-label={label} value={text} onChange={(e) => change(e.target.value)} />
    );
  }
  if (schema.type === 'array' && schema.items?.type === 'string')
    return (
      <Select
        id={id}
        aria-label={label}
        mode="tags"
        value={Array.isArray(value) ? value : []}
        onChange={(v) => onChange?.(v)}
        tokenSeparators={[',', '，', '、']}
        style={{ width: '100%' }}
      />
    );
  if (schema.type === 'object' && schema.properties) {
    const object = (value ?? {}) as Record<string, unknown>;
    return (
      <Space wrap>
        {Object.entries(schema.properties).map(([part, partSchema]) => {
          const partLabel = PARTS.includes(part) ? t(`settings.part.${part}` as MessageKey) : part;
          return (
            <span key={part} className="ms-setting-part">
              <span aria-hidden>{partLabel}</span>
              <SettingField
                schema={partSchema}
                value={object[part]}
                aria-label={`${label ?? ''} ${partLabel}`}
                onChange={(v) => onChange?.({ ...object, [part]: v })}
              />
            </span>
          );
        })}
      </Space>
    );
  }
  return <JsonField {...props} />;
}
