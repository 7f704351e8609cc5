import { renderConnectFi } from './connectfi.renderer.js';
import type { ErrorRenderer } from './rendered-error.js';

/**
 * The deprecated condor surface (API.md §4.2): connectFi's format, except that two items of one
 * type answer as the seed's `extCondor` error, its message saying which kind of item.
 */
export const renderCondor: ErrorRenderer = (error, context) => {
  const rendered = renderConnectFi(error, context);
  if (error.code !== 'DUPLICATE_TYPE') return rendered;
  return {
    ...rendered,
    body: {
      code: 'extCondor',
      subCode: 'C0900',
      context: { title: 'cardholdersUpdate' },
      message: error.message,
      requestId: context.requestId,
    },
  };
};
