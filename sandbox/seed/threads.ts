/**
 * Believable WhatsApp/web exchanges at a Chilean hardware store. `c` is the customer, `a` an agent,
 * `n` a private note. Placeholders are filled per conversation.
 */
export type Line = readonly ["c" | "a" | "n", string];

export const THREADS: readonly (readonly Line[])[] = [
  [
    ["c", "Hola, buenas tardes. ¿Tienen stock de {producto}?"],
    ["a", "Hola {nombre}, ¡buenas tardes! Sí, nos quedan {cantidad} unidades en la tienda de Irarrázaval."],
    ["c", "¿Y a cuánto está?"],
    ["a", "Está a {precio} con IVA incluido. ¿Se lo dejo reservado?"],
    ["c", "Sí porfa, paso mañana en la mañana a buscarlo."],
    ["a", "Listo, queda reservado a su nombre hasta mañana a las 19:00. ¡Que esté muy bien!"],
  ],
  [
    ["c", "Buenos días, necesito una cotización para {cantidad} {producto} con factura."],
    ["a", "Buenos días {nombre}. Claro, ¿me confirma el RUT y la razón social para la factura?"],
    ["c", "{rut}, a nombre de la empresa. ¿Hacen despacho a {comuna}?"],
    ["a", "Sí, despachamos a {comuna} de lunes a viernes. Le envío la cotización {pedido} por un total de {total}."],
    ["n", "Cliente mayorista, aplicar 5% de descuento si confirma esta semana."],
    ["c", "Perfecto, la reviso con mi jefe y le confirmo."],
  ],
  [
    ["c", "Hola! Compré {producto} la semana pasada y viene fallado 😕"],
    ["a", "Hola {nombre}, lamento la situación. ¿Me puede enviar una foto y el número de boleta?"],
    ["c", "Es la boleta {pedido}. Al enchufarlo no enciende."],
    ["n", "Revisar garantía con proveedor antes de cambiar."],
    ["a", "Gracias. Puede traerlo a la tienda con la boleta y se lo cambiamos por uno nuevo."],
    ["c", "Ya, muchas gracias por la buena disposición."],
  ],
  [
    ["c", "¿A qué hora cierran hoy?"],
    ["a", "Hola {nombre}, hoy atendemos hasta las 19:00 y los sábados de 9:00 a 14:00."],
    ["c", "Gracias!"],
  ],
  [
    ["c", "Buenas, ¿en qué va mi pedido {pedido}? Me dijeron que llegaba hoy."],
    ["a", "Hola {nombre}, déjeme revisar con bodega."],
    ["n", "El camión salió tarde, llamar a despacho."],
    ["a", "Su pedido va en ruta a {comuna}, debería llegar entre las 15:00 y las 18:00."],
    ["c", "Ok, voy a estar en la casa. Gracias."],
  ],
  [
    ["c", "Hola, ¿aceptan transferencia?"],
    ["a", "Hola {nombre}, sí. Puede transferir a Ferretería El Roble SpA, RUT 76.886.431-4, Banco de Chile."],
    ["c", "Listo, transferí {total}. Les mando el comprobante."],
    ["a", "Recibido, muchas gracias. Su pedido {pedido} queda pagado y listo para retiro."],
  ],
  [
    ["c", "Necesito pintar una pieza de 3x4, ¿cuánta pintura me recomiendan?"],
    ["a", "Hola {nombre}, para una pieza de ese tamaño con dos manos le alcanza con 1 galón de látex."],
    ["c", "¿Y rodillo y brocha también tienen?"],
    ["a", 'Sí, el rodillo chiporro con marco está a $4.990 y la brocha de 3" a $2.490.'],
    ["c", "Ya, lo paso a buscar el sábado."],
  ],
  [
    ["c", "Hola, me pueden enviar la factura {pedido} al correo? No me llegó."],
    ["a", "Hola {nombre}, claro. ¿A qué correo se la reenvío?"],
    ["c", "Al mismo de siempre, gracias."],
    ["a", "Listo, reenviada. Cualquier cosa nos avisa."],
  ],
  [
    ["c", "¿Tienen {producto}? Lo necesito urgente para una obra en {comuna}."],
    ["a", "Hola {nombre}, en este momento está agotado, nos llega reposición el jueves."],
    ["c", "Uy, ¿y algo similar?"],
    ["a", "Tenemos una alternativa de otra marca a un precio parecido. ¿Le mando la ficha?"],
    ["c", "Sí, mándemela por favor."],
  ],
  [
    ["c", "Buenas tardes, ¿hacen descuento por volumen?"],
    ["a", "Hola {nombre}, sí, sobre {cantidad} unidades podemos hacer precio especial. ¿Qué productos necesita?"],
    ["c", "Principalmente {producto}. Le escribo cuando tenga la lista completa."],
  ],
];

/** Short first messages for conversations that are still waiting for an answer. */
export const OPENERS = [
  "Hola, ¿tienen {producto}?",
  "Buenas, ¿me pueden cotizar {cantidad} {producto}?",
  "Hola, quería saber el estado de mi pedido {pedido}.",
  "¿Hasta qué hora atienden hoy?",
  "Hola! ¿Hacen despacho a {comuna}?",
  "Necesito factura para mi compra de ayer, ¿a quién le escribo?",
  "¿El {producto} viene con garantía?",
];
