/** The ordered list of extractors: to add a metadata kind, add one file and one line here. */

import type { Extraction, Extractor } from "../types.ts";
import { attendees } from "./attendees.ts";
import { awards } from "./awards.ts";
import { eventDate } from "./event-date.ts";
import { location } from "./location.ts";
import { speakers } from "./speakers.ts";

/** Any extractor, whatever field it fills. */
export type AnyExtractor = { [K in keyof Extraction]: Extractor<K> }[keyof Extraction];

/** Extractors in the order they run. */
export const registry: readonly AnyExtractor[] = [eventDate, location, attendees, speakers, awards];
