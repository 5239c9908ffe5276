import type { Options } from 'ajv'
export declare const ANNOTATION_KEYWORDS: string[]
export declare const AJV_OPTIONS: Options
