import type { FastifyInstance } from 'fastify';

/**
 * Browser features no page of the platform uses are switched off for every response, so that injected
 * or third-party script cannot reach them. A page that needs one later (the camera on a check-in page)
 * widens this for its own route. Only features every current browser recognises are named: an unknown
 * name is reported as an error in the browser console.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'fullscreen=(self)',
].join(', ');

export function installPermissionsPolicy(app: FastifyInstance, policy: string = PERMISSIONS_POLICY): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('permissions-policy')) reply.header('permissions-policy', policy);
    return payload;
  });
}
