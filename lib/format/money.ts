// Chilean pesos have no decimals: $1.234.567. One formatter instance per locale, reused.
const clp = new Intl.NumberFormat("es-CL", { style: "currency", currency: "CLP", maximumFractionDigits: 0 });
const usd = new Intl.NumberFormat("es-CL", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat("es-CL", { maximumFractionDigits: 0 });

export const formatCLP = (amount: number) => clp.format(Math.round(amount));
export const formatUSD = (amount: number) => usd.format(amount);
export const formatInteger = (n: number) => integer.format(n);
