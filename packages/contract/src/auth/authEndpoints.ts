import { z } from 'zod';
import { BODY_ROLES } from '@anteckna/domain';
import { endpoint } from '../http/endpoint.ts';

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    title: z.string(),
    organisation: z.string(),
    locale: z.enum(['sv', 'en']),
  })
  .meta({ id: 'User' });
export type User = z.output<typeof UserSchema>;

export const LoginRequestSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(320),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'LoginRequest' });

export const MembershipSchema = z
  .object({
    bodyId: z.string(),
    bodyName: z.string(),
    bodyShortName: z.string(),
    role: z.enum(BODY_ROLES),
  })
  .meta({ id: 'Membership' });
export type Membership = z.output<typeof MembershipSchema>;

export const MeSchema = z
  .object({ user: UserSchema, memberships: z.array(MembershipSchema) })
  .meta({ id: 'Me' });
export type Me = z.output<typeof MeSchema>;

export const loginEndpoint = endpoint({
  method: 'post',
  path: '/api/auth/login',
  body: LoginRequestSchema,
  response: z.object({ user: UserSchema }),
});

export const logoutEndpoint = endpoint({ method: 'post', path: '/api/auth/logout' });

export const meEndpoint = endpoint({ method: 'get', path: '/api/me', response: MeSchema });
