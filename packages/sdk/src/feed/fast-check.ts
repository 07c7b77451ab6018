/**
 * A yes/no check compiled from a valibot schema, for the common case of a
 * record that is already valid.
 *
 * `v.safeParse` builds a dataset, an output copy and (for every union member
 * that does not match) an issue per value; on a clean 20,000-record feed that
 * is about a third of validation, for an answer ("valid, unchanged") that a
 * plain predicate gives far more cheaply. The predicate is derived from the
 * schema objects themselves (their `type`, `options`, `entries` and pipe
 * actions' `requirement`), so `schema.ts` stays the single source of the
 * format: there is no second copy of a regex or a vocabulary to drift.
 *
 * The check is sound, not complete: when it says yes, `v.safeParse` succeeds
 * on the same value and its output reads the same as the value itself; when it
 * says no, or when a schema uses anything this compiler does not mirror, the
 * caller falls back to valibot, which also explains what is wrong. It only
 * accepts plain data (objects whose prototype is `Object.prototype` or `null`,
 * real arrays), and takes it to be what JSON.parse or an object literal makes:
 * enumerable data properties, no hidden or computed ones.
 *
 * A check reads `Object.prototype` when it is compiled (see
 * `compileLooseObject`): compile one per validation rather than once for all.
 */
import type * as v from 'valibot';
import { isSkippedKey } from './clean.js';

/** Whether a value certainly passes the schema it was compiled from. */
export type FastCheck = (value: unknown) => boolean;

/**
 * Extra conditions on every string, key and unknown field a check visits, so
 * that one walk can also tell that a value needs no cleaning (see `clean.ts`).
 */
export interface TextCheck {
  /** A string value is acceptable as it is. */
  readonly text: (value: string) => boolean;
  /** An object key is acceptable as it is. */
  readonly key: (name: string) => boolean;
  /** A value the schema does not describe (a loose object's extra field) is acceptable as it is. */
  readonly json: (value: unknown) => boolean;
}

// The schema and action shapes read here: valibot's public object fields.
interface SchemaNode {
  kind: string;
  type: string;
  pipe?: readonly SchemaNode[];
  requirement?: unknown;
  options?: readonly unknown[];
  entries?: Readonly<Record<string, SchemaNode>>;
  item?: SchemaNode;
  key?: SchemaNode;
  value?: SchemaNode;
  wrapped?: SchemaNode;
  literal?: unknown;
  default?: unknown;
  fallback?: unknown;
}

const OBJECT_PROTOTYPE = Object.prototype;
const ARRAY_PROTOTYPE = Array.prototype;
const hasOwn = Object.prototype.hasOwnProperty;

/** An object made by JSON.parse or a literal: no getters on a prototype, no class. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === OBJECT_PROTOTYPE || proto === null;
}

/** An array made by JSON.parse or a literal. */
export function isPlainArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === ARRAY_PROTOTYPE;
}

/** Thrown inside the compiler for a schema it cannot mirror exactly. */
class Unsupported extends Error {}

function compileAction(action: SchemaNode): FastCheck | undefined {
  if (action.kind === 'metadata') return undefined;
  if (action.kind !== 'validation') throw new Unsupported(`${action.kind} ${action.type}`);
  const requirement = action.requirement;
  switch (action.type) {
    case 'regex':
    case 'iso_date': {
      // A global or sticky regex keeps state between tests: not a pure check.
      if (!(requirement instanceof RegExp) || requirement.global || requirement.sticky) throw new Unsupported(action.type);
      return (value) => requirement.test(value as string);
    }
    case 'min_length':
      if (typeof requirement !== 'number') throw new Unsupported(action.type);
      return (value) => (value as { length: number }).length >= requirement;
    case 'min_value':
      if (typeof requirement !== 'number') throw new Unsupported(action.type);
      // valibot fails `!(value >= requirement)`: the same for NaN.
      return (value) => (value as number) >= requirement;
    case 'max_value':
      if (typeof requirement !== 'number') throw new Unsupported(action.type);
      return (value) => (value as number) <= requirement;
    default:
      throw new Unsupported(action.type);
  }
}

function compileNode(schema: SchemaNode, clean: TextCheck | undefined): FastCheck {
  if (schema.kind !== 'schema' || schema.fallback !== undefined) throw new Unsupported(schema.type);
  if (schema.pipe) {
    // The first item of a pipe is the schema as it was before piping.
    const [first, ...actions] = schema.pipe;
    const base = compileNode(first!, clean);
    const checks = actions.map(compileAction).filter((check): check is FastCheck => check !== undefined);
    if (checks.length === 0) return base;
    if (checks.length === 1) {
      const only = checks[0]!;
      return (value) => base(value) && only(value);
    }
    return (value) => {
      if (!base(value)) return false;
      for (const check of checks) if (!check(value)) return false;
      return true;
    };
  }
  const text = clean?.text;
  switch (schema.type) {
    case 'string':
      return text ? (value) => typeof value === 'string' && text(value) : (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const literal = schema.literal;
      if (text && typeof literal === 'string' && !text(literal)) return () => false;
      // SameValueZero, as valibot compares.
      return (value) => value === literal || (value !== value && literal !== literal);
    }
    case 'picklist': {
      const options = new Set((schema.options ?? []).filter((option) => !(text && typeof option === 'string' && !text(option))));
      return (value) => options.has(value);
    }
    case 'optional': {
      if (schema.default !== undefined || !schema.wrapped) throw new Unsupported('optional with a default');
      const wrapped = compileNode(schema.wrapped, clean);
      return (value) => value === undefined || wrapped(value);
    }
    case 'union': {
      const options = (schema.options as SchemaNode[] | undefined ?? []).map((option) => compileNode(option, clean));
      return (value) => {
        for (const option of options) if (option(value)) return true;
        return false;
      };
    }
    case 'array': {
      const item = compileNode(schema.item!, clean);
      return (value) => {
        if (!isPlainArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case 'record': {
      const key = compileNode(schema.key!, clean);
      const item = compileNode(schema.value!, clean);
      const cleanKey = clean?.key;
      // The keys found good, by name: a feed repeats the same few ("fr",
      // "en") in every localized field of every record, and the key checks
      // are pure. Bounded, in case a hostile feed invents a key per record.
      const goodKeys = new Set<string>();
      const goodKey = (name: string): boolean => {
        if (goodKeys.has(name)) return true;
        if (isSkippedKey(name) || !key(name) || (cleanKey && !cleanKey(name))) return false;
        if (goodKeys.size < 256) goodKeys.add(name);
        return true;
      };
      return (value) => {
        if (!isPlainObject(value)) return false;
        // for…in sees the own enumerable keys, as valibot's record does (and
        // inherited enumerable ones, which send the value the slow way).
        for (const name in value) {
          if (!hasOwn.call(value, name) || !goodKey(name) || !item(value[name])) return false;
        }
        return true;
      };
    }
    case 'loose_object':
      return compileLooseObject(schema.entries ?? {}, clean);
    default:
      throw new Unsupported(schema.type);
  }
}

function compileLooseObject(schemaEntries: Readonly<Record<string, SchemaNode>>, clean: TextCheck | undefined): FastCheck {
  const names = Object.keys(schemaEntries);
  // valibot looks entries up with `in`, which also sees inherited keys; the
  // walk below sees own keys only. The two agree unless Object.prototype
  // itself has one of the names (it has been tampered with): then no check.
  if (names.some((name) => name in OBJECT_PROTOTYPE)) throw new Unsupported('Object.prototype has an entry name');
  // One bit per entry records which ones a walk met.
  if (names.length > 30) throw new Unsupported('an object of more than 30 entries');
  const entries = new Map(
    names.map((name, bit) => {
      const entry = schemaEntries[name]!;
      const usable = !clean || (clean.key(name) && !isSkippedKey(name));
      return [name, { bit: 1 << bit, check: usable ? compileNode(entry, clean) : () => false }] as const;
    }),
  );
  const required = names.map((name, bit) => (schemaEntries[name]!.type === 'optional' ? 0 : 1 << bit)).reduce((a, b) => a | b, 0);
  const cleanKey = clean?.key;
  const cleanJson = clean?.json;
  return (value) => {
    if (!isPlainObject(value)) return false;
    let met = 0;
    // for…in with an own-key test: each own enumerable key with its value,
    // the cheapest walk V8 has for a JSON object.
    for (const name in value) {
      if (!hasOwn.call(value, name)) return false;
      const entry = entries.get(name);
      if (entry) {
        if (!entry.check(value[name])) return false;
        met |= entry.bit;
      } else if (cleanKey && (isSkippedKey(name) || !cleanKey(name) || !cleanJson!(value[name]))) {
        return false;
      }
    }
    return (met & required) === required;
  };
}

/**
 * Compiles a schema into a {@link FastCheck}, or returns `undefined` when the
 * schema uses a type or an action the compiler does not mirror (a transform,
 * a default, a custom check): callers then use valibot alone. With `clean`,
 * the check also requires every string, key and extra field it meets to pass
 * those conditions.
 */
export function compileFastCheck(schema: v.GenericSchema, clean?: TextCheck): FastCheck | undefined {
  try {
    return compileNode(schema as unknown as SchemaNode, clean);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
