#!/usr/bin/env node
// The baseline of `bench/api.js`: a bare Fastify route answering a fixed body (the same bytes the
// facts route answers), no schema, no store — what the framework itself costs on this machine.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [bodyFile, port] = process.argv.slice(2);
const body = readFileSync(bodyFile, 'utf8');
const app = Fastify({ logger: false });
app.get('/bare', async (_request, reply) => reply.type('application/json; charset=utf-8').send(body));
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('listening\n');
