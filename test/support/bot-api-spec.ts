/**
 * Checks Bot API calls against the machine-readable spec (shared/telegram-bot-api/api.min.json),
 * so the fake server refuses what Telegram refuses. Limits that the spec states only in prose
 * ("1-4096 characters after entities parsing", "1-64 bytes", "Exactly one of the fields ...") are
 * read from the descriptions, so a new spec version brings its own limits.
 */
import { readFileSync } from "node:fs";
import { HtmlParseError, parseTelegramHtml } from "./telegram-html.js";

export interface SpecField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
}

interface SpecMethod {
  fields?: SpecField[];
  returns: string[];
}

interface SpecType {
  name: string;
  description?: string[];
  fields?: SpecField[];
  subtypes?: string[];
}

interface Spec {
  version: string;
  methods: Record<string, SpecMethod>;
  types: Record<string, SpecType>;
}

export type Params = Record<string, unknown>;

// The repository is cloned with shared/ beside it, both locally and in CI.
const SPEC_URL = new URL("../../../shared/telegram-bot-api/api.min.json", import.meta.url);
const spec = JSON.parse(readFileSync(SPEC_URL, "utf8")) as Spec;

export const specVersion = spec.version;

/** A file sent in a multipart request: what the spec calls InputFile. */
export class UploadedFile {
  constructor(
    readonly filename: string,
    readonly content: Buffer,
  ) {}
}

const ARRAY_PREFIX = "Array of ";
const STRING_LIMIT = /\b(\d+)-(\d+) (characters|bytes)\b/;
const ARRAY_LIMIT = /\b(?:list of|include) (\d+)-(\d+)\b/i;
const FORMATTED = /after entit(?:y|ies) parsing/;
const DISCRIMINATOR = /(?:must be|always) "?([\w-]+)"?$/;
const COMMAND_RULE = "Can contain only lowercase English letters, digits and underscores";
const ACTION_RULE = /(Exactly|At most) one of the fields other than (.+?) must be used/;

const PRIMITIVES: Readonly<Record<string, (value: unknown) => boolean>> = {
  Integer: (value) => Number.isInteger(value),
  Float: (value) => typeof value === "number" && Number.isFinite(value),
  // An upload stands for the "attach://<part>" string that named it (InputMedia.media is a String).
  String: (value) => typeof value === "string" || value instanceof UploadedFile,
  Boolean: (value) => typeof value === "boolean",
  InputFile: (value) => typeof value === "string" || value instanceof UploadedFile,
};

export function isKnownMethod(method: string): boolean {
  return Object.hasOwn(spec.methods, method);
}

/** Problems Telegram would refuse the call for, most important first; empty if it is fine. */
export function validateCall(method: string, params: Params): string[] {
  return checkFields(params, spec.methods[method]?.fields ?? [], "");
}

/**
 * Multipart fields arrive as strings; Telegram reads each as the type the spec gives it
 * (objects and arrays are JSON inside the string).
 */
export function decodeFormField(method: string, name: string, raw: string): unknown {
  const types = spec.methods[method]?.fields?.find((field) => field.name === name)?.types ?? [];
  if (types.some((type) => !PRIMITIVES[type]) && /^\s*[[{]/.test(raw)) return parseJsonOr(raw);
  if (types.includes("Integer") && /^-?\d+$/.test(raw)) return Number(raw);
  if (types.includes("Float") && raw.trim() !== "" && Number.isFinite(Number(raw))) {
    return Number(raw);
  }
  if (types.includes("Boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

export function returnTypesOf(method: string): string[] {
  return spec.methods[method]?.returns ?? [];
}

/** What a method answers when the fake has nothing better: `true`, or an empty-ish object. */
export function defaultResult(method: string): unknown {
  const returned = spec.methods[method]?.returns[0] ?? "Boolean";
  return returned === "Boolean" ? true : minimalValue(returned);
}

/** The subtype of `union` whose discriminator ("status", "type", ...) has the given value. */
export function minimalVariant(union: string, kind: string): Params {
  const subtype = spec.types[union]?.subtypes
    ?.map((name) => spec.types[name])
    .find((type) => type !== undefined && discriminatorOf(type)?.value === kind);
  if (subtype === undefined) throw new Error(`${union} has no kind "${kind}"`);
  return minimalValue(subtype.name) as Params;
}

/** A value of the type with only its required fields, set to neutral values. */
export function minimalValue(type: string): unknown {
  if (isArrayType(type)) return [];
  if (type === "Integer" || type === "Float") return 0;
  if (type === "String") return "";
  if (type === "Boolean") return false;
  const specType = spec.types[type];
  const firstSubtype = specType?.subtypes?.[0];
  if (firstSubtype !== undefined) return minimalValue(firstSubtype);
  const discriminator = specType && discriminatorOf(specType);
  const required = (specType?.fields ?? []).filter((field) => field.required);
  return Object.fromEntries(
    required.map((field) => [
      field.name,
      field.name === discriminator?.field
        ? discriminator.value
        : minimalValue(field.types[0] ?? ""),
    ]),
  );
}

function checkFields(object: Params, fields: SpecField[], prefix: string): string[] {
  return fields.flatMap((field) => {
    const path = prefix + field.name;
    const value = object[field.name];
    if (value === undefined || value === null) return field.required ? [`${path} is required`] : [];
    const problems = checkValue(value, field.types, path);
    return problems.length > 0 ? problems : checkLimits(value, field, object, path);
  });
}

/** A field may allow several types (chat_id: Integer or String); one of them must fit. */
function checkValue(value: unknown, types: string[], path: string): string[] {
  // "Array of InputMediaPhoto and InputMediaVideo" is one array whose items may mix those types.
  if (types.length > 1 && types.every(isArrayType) && Array.isArray(value)) {
    const itemTypes = types.map((type) => type.slice(ARRAY_PREFIX.length));
    return value.flatMap((item, index) => checkValue(item, itemTypes, `${path}[${index}]`));
  }
  const failures = types.map((type) => checkType(value, type, path));
  if (failures.some((problems) => problems.length === 0)) return [];
  if (failures.length === 1) return failures[0] ?? [];
  // Report against the type the value was evidently meant to be, so the message names the mistake.
  const closest = closestObjectType(value, types);
  return closest === undefined
    ? [`${path} must be ${types.join(" or ")}`]
    : (failures[closest] ?? []);
}

function closestObjectType(value: unknown, types: string[]): number | undefined {
  if (!isObject(value)) return undefined;
  const keys = Object.keys(value);
  const overlaps = types.map(
    (type) => spec.types[type]?.fields?.filter((field) => keys.includes(field.name)).length ?? 0,
  );
  const best = Math.max(...overlaps);
  return best > 0 ? overlaps.indexOf(best) : undefined;
}

function checkType(value: unknown, type: string, path: string): string[] {
  if (isArrayType(type)) {
    if (!Array.isArray(value)) return [`${path} must be ${type}`];
    const itemType = type.slice(ARRAY_PREFIX.length);
    return value.flatMap((item, index) => checkType(item, itemType, `${path}[${index}]`));
  }
  const primitive = PRIMITIVES[type];
  if (primitive) return primitive(value) ? [] : [`${path} must be ${type}`];
  const specType = spec.types[type];
  if (specType === undefined) throw new Error(`The spec has no type ${type}`);
  return checkObject(value, specType, path);
}

function checkObject(value: unknown, type: SpecType, path: string): string[] {
  // KeyboardButton: "For simple text buttons, String can be used instead of this object".
  if (typeof value === "string" && descriptionOf(type).includes("String can be used instead")) {
    return [];
  }
  if (!isObject(value)) return [`${path} must be ${type.name}`];
  if (type.subtypes) return checkVariant(value, type, path);
  return [...checkFields(value, type.fields ?? [], `${path}.`), ...checkButton(value, type, path)];
}

/** BotCommandScope, InputMedia, ...: the discriminator field picks the subtype. */
function checkVariant(value: Params, union: SpecType, path: string): string[] {
  const variants = (union.subtypes ?? []).flatMap((name) => spec.types[name] ?? []);
  const variant = variants.find((type) => {
    const discriminator = discriminatorOf(type);
    return discriminator === undefined || value[discriminator.field] === discriminator.value;
  });
  return variant ? checkObject(value, variant, path) : [`${path} is no known ${union.name}`];
}

function discriminatorOf(type: SpecType): { field: string; value: string } | undefined {
  for (const field of type.fields ?? []) {
    const match = DISCRIMINATOR.exec(field.description);
    if (match?.[1] !== undefined) return { field: field.name, value: match[1] };
  }
  return undefined;
}

/** Buttons: non-empty text, and the one action field the type description asks for. */
function checkButton(value: Params, type: SpecType, path: string): string[] {
  const rule = ACTION_RULE.exec(descriptionOf(type));
  if (rule === null) return [];
  const [, quantity = "", exemptList = ""] = rule;
  const exempt = exemptList.split(/,? and |, /);
  const actions = (type.fields ?? [])
    .map((field) => field.name)
    .filter((name) => !exempt.includes(name) && value[name] !== undefined);
  const problems = value.text === "" ? [`${path}.text must not be empty`] : [];
  if (actions.length > 1 || (quantity === "Exactly" && actions.length === 0)) {
    const used = actions.join(", ") || "none";
    problems.push(`${path} must use ${quantity.toLowerCase()} one action field, got ${used}`);
  }
  return problems;
}

function checkLimits(value: unknown, field: SpecField, owner: Params, path: string): string[] {
  if (typeof value === "string") return checkStringLimits(value, field, owner, path);
  const limit = ARRAY_LIMIT.exec(field.description);
  if (!Array.isArray(value) || limit === null) return [];
  const [min, max] = [Number(limit[1]), Number(limit[2])];
  const fits = value.length >= min && value.length <= max;
  return fits ? [] : [`${path} must have ${min}-${max} items, got ${value.length}`];
}

function checkStringLimits(value: string, field: SpecField, owner: Params, path: string): string[] {
  const formatted = FORMATTED.test(field.description);
  let text = value;
  if (formatted && parseModeOf(field.name, owner) === "HTML") {
    try {
      text = parseTelegramHtml(value);
    } catch (error) {
      if (error instanceof HtmlParseError) return [`can't parse entities: ${error.message}`];
      throw error;
    }
  }
  if (field.description.includes(COMMAND_RULE) && !/^[a-z0-9_]*$/.test(value)) {
    return [`${path} may contain only lowercase English letters, digits and underscores`];
  }
  const limit = STRING_LIMIT.exec(field.description);
  if (limit === null) return [];
  const [min, max, unit] = [Number(limit[1]), Number(limit[2]), limit[3]];
  // Telegram trims formatted text and counts UTF-16 code units, which is what .length counts.
  const size = unit === "bytes" ? Buffer.byteLength(text) : (formatted ? text.trim() : text).length;
  return size >= min && size <= max ? [] : [lengthProblem(path, size, `${min}-${max} ${unit}`)];
}

/** `question_parse_mode` for `question`; the plain `parse_mode` for text and caption. */
function parseModeOf(fieldName: string, owner: Params): unknown {
  return owner[`${fieldName}_parse_mode`] ?? owner.parse_mode;
}

/** Telegram's own wording for the limits bots hit most. */
function lengthProblem(path: string, size: number, limit: string): string {
  if (path === "text") return size === 0 ? "message text is empty" : "message is too long";
  if (path === "caption") return "message caption is too long";
  return `${path} must be ${limit}, got ${size}`;
}

function isArrayType(type: string): boolean {
  return type.startsWith(ARRAY_PREFIX);
}

function descriptionOf(type: SpecType): string {
  return (type.description ?? []).join(" ");
}

function isObject(value: unknown): value is Params {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof UploadedFile)
  );
}

function parseJsonOr(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
