'use client';
/**
 * Whether the documents' titles, outlets and dates are still loading: the explorer's first view has the
 * events without them (the index's documents' file comes with the whole index: lib/data/pages.ts). The
 * evidence then names each quote's document by its id and says its source is loading, in place.
 */
import { createContext } from 'react';

export const DocumentsPending = createContext(false);
