import { CREDENTIALS } from "./control";
import { startSandbox } from "./server";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i >= 0) return process.argv[i + 1];
  const inline = process.argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

const port = Number(process.env.SANDBOX_PORT ?? 4100);
const scaleArg = argValue("--scale");
const scale = scaleArg === undefined ? undefined : Number(scaleArg);
if (scale !== undefined && (!Number.isFinite(scale) || scale < 1)) {
  console.error("--scale must be a positive number of conversations");
  process.exit(2);
}

const sandbox = await startSandbox({
  port,
  scale,
  log: process.argv.includes("--log") || process.env.SANDBOX_LOG === "1",
});
const { chatwoot, odoo, n8n } = CREDENTIALS;
console.log(`Sandbox listening on ${sandbox.url}
  Chatwoot  ${sandbox.url}${chatwoot.prefix}   account ${chatwoot.accountId}, api_access_token: ${chatwoot.token} (agent: ${chatwoot.agentToken})
  Odoo      ${sandbox.url}${odoo.prefix}       database ${odoo.database}, login ${odoo.login}, API key ${odoo.apiKey}
  n8n       ${sandbox.url}${n8n.prefix}        X-N8N-API-KEY: ${n8n.apiKey}
  Control   ${sandbox.url}/__sandbox   (inbound, sent, reset, faults, config)`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
