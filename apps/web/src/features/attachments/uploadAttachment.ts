import { endpointPath, uploadAttachmentEndpoint, type EndpointResponse } from '@anteckna/contract';
import { ApiError, apiErrorOf } from '../../app/api.ts';

/** The server's limit (25 MB): a larger file is refused here, before it is sent for nothing. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** What the file picker offers first; the server decides by the file's content too. */
export const ATTACHMENT_ACCEPT = '.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt';

type UploadedAttachment = EndpointResponse<typeof uploadAttachmentEndpoint>;

/**
 * Sends one file to an item (`POST /api/meetings/:id/items/:itemId/attachments`, multipart).
 * XMLHttpRequest rather than fetch because only it reports how much of the upload has gone.
 * Refusals come back as `ApiError` with the server's id, as every other request does.
 */
export function uploadAttachment(input: {
  meetingId: string;
  itemId: string;
  file: File;
  onProgress(fraction: number): void;
  signal?: AbortSignal;
}): Promise<UploadedAttachment> {
  if (input.file.size > MAX_ATTACHMENT_BYTES) {
    return Promise.reject(new ApiError(413, 'attachment_too_large', 'too large'));
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const path = endpointPath(uploadAttachmentEndpoint, {
      params: { id: input.meetingId, itemId: input.itemId },
    });
    request.open('POST', path);
    request.setRequestHeader('accept', 'application/json');
    request.responseType = 'text';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) input.onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300) {
        resolve(body as UploadedAttachment);
        return;
      }
      reject(apiErrorOf(request.status, request.statusText, body));
    };
    request.onerror = () => reject(new ApiError(0, 'network', 'upload failed'));
    request.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    input.signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.set('file', input.file, input.file.name);
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    // A proxy may answer with HTML; the status still says enough.
    return null;
  }
}
