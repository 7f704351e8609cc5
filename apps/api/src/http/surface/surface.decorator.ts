import { SetMetadata } from '@nestjs/common';

/**
 * The wire formats of the service's surfaces (API.md §1): BPM's envelope, connectFi's
 * `{code, message, requestId}`, the deprecated condor route's variant of it (§4.2), and RFC 9457
 * problem+json for `/api` and `/v2`.
 */
export type SurfaceName = 'bpm' | 'connectfi' | 'condor' | 'problem';

export const SURFACE_METADATA = 'surface';

/** Declares, on the controller itself, which wire format its routes answer errors in. */
export const Surface = (name: SurfaceName): ClassDecorator => SetMetadata(SURFACE_METADATA, name);
