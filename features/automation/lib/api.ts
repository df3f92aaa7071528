// The automation tab's API paths, one place for the browser code.
export const automationApi = (tenantId: string) => {
  const base = `/api/n8n/${encodeURIComponent(tenantId)}`;
  const wf = (id: string) => `${base}/workflows/${encodeURIComponent(id)}`;
  return {
    workflows: (query: URLSearchParams) => `${base}/workflows${query.size ? `?${query}` : ""}`,
    stats: () => `${base}/workflows/stats`,
    tags: () => `${base}/tags`,
    workflow: wf,
    activate: (id: string) => `${wf(id)}/activate`,
    deactivate: (id: string) => `${wf(id)}/deactivate`,
    run: (id: string) => `${wf(id)}/run`,
    executions: (query: URLSearchParams) => `${base}/executions?${query}`,
    execution: (id: string) => `${base}/executions/${encodeURIComponent(id)}`,
    retry: (id: string) => `${base}/executions/${encodeURIComponent(id)}/retry`,
    templates: () => `${base}/templates`,
    importTemplate: (id: string) => `${base}/templates/${encodeURIComponent(id)}/import`,
  };
};
