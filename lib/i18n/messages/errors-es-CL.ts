// What the API's errors say, by reason (lib/errors.ts). `{name}` is filled from the error's details;
// `{serviceName}` from its `service`.
export const apiErrorsEsCL = {
  // Requests and access
  resource_not_found: "El recurso no existe.",
  workspace_not_found: "El espacio de trabajo no existe.",
  member_not_found: "El miembro no existe.",
  contact_not_found: "El contacto no existe.",
  integration_not_found: "La integración no existe.",
  template_not_found: "La plantilla no existe.",
  role_forbidden: "Tu rol no permite esta acción.",
  sign_in_required: "Inicia sesión para continuar.",
  cross_site: "Solicitud de otro origen rechazada.",
  back_office_only: "Solo el back office de SmarterOS puede leer la bandeja de salida.",
  service_key_invalid: "La clave de servicio no es válida.",
  body_not_json: "El cuerpo de la solicitud debe ser JSON (Content-Type: application/json).",
  body_invalid_json: "El cuerpo de la solicitud no es JSON válido.",
  body_too_deep: "El cuerpo de la solicitud tiene demasiados niveles anidados.",
  invalid_input: "Revisa los datos enviados.",
  unexpected: "Ocurrió un error inesperado. Inténtalo de nuevo.",
  too_many_requests: "Demasiadas solicitudes seguidas. Espera un momento e inténtalo de nuevo.",
  app_url_missing:
    "El Hub no tiene configurada su dirección pública (APP_URL), así que no puede crear enlaces. Avisa a quien lo administra.",
  live_too_many_tabs:
    "Hay demasiadas pestañas con actualizaciones en vivo abiertas. Esta se actualizará cada pocos segundos.",
  live_unavailable: "Las actualizaciones en vivo no están disponibles ahora.",
  // Plans
  plan_users_limit:
    "Tu plan {planName} ya tiene todos sus usuarios ({limit}). Quita a alguien o cambia de plan para invitar a más personas.",
  plan_workflows_limit:
    "Tu plan {planName} ya tiene todos sus flujos activos ({limit}). Desactiva otro flujo o cambia de plan para activar este.",
  // Sign-in and sign-up
  local_auth_disabled: "El inicio de sesión lo gestiona Clerk en esta instalación.",
  bad_credentials: "Correo o contraseña incorrectos.",
  sign_in_locked: "Demasiados intentos fallidos. Espera unos minutos e inténtalo de nuevo.",
  sign_up_throttled: "Demasiadas cuentas creadas desde esta dirección. Espera un rato e inténtalo de nuevo.",
  signup_link_invalid:
    "El enlace de activación no es válido. Si te registraste más de una vez, usa el enlace del último correo.",
  signup_link_used: "Este enlace ya se usó: tu cuenta está activa. Inicia sesión.",
  signup_link_expired: "El enlace venció: los enlaces de activación duran 24 horas. Vuelve a registrarte.",
  password_mismatch:
    "La contraseña no es la que se eligió al registrar este correo. Si no te registraste tú, no actives la cuenta: vuelve a registrarte con tu propia contraseña.",
  email_taken: "Ya existe una cuenta con este correo. Inicia sesión con ella.",
  // Workspaces, members and invitations
  slug_missing: "Elige una dirección para tu espacio.",
  slug_taken: "Esa dirección ya está en uso. Elige otra.",
  member_exists: "Esa persona ya es miembro o tiene una invitación pendiente.",
  last_admin: "Debe quedar al menos un administrador activo en el espacio.",
  invitation_invalid: "El enlace de invitación no es válido.",
  invitation_used: "Esta invitación ya se usó.",
  invitation_expired: "La invitación venció. Pide a un administrador que te invite de nuevo.",
  invitation_other_email: "Esta invitación es para {email}. Inicia sesión con ese correo para aceptarla.",
  already_member: "Ya eres miembro de este espacio de trabajo.",
  // Self-serve registration
  signup_throttled: "Demasiados intentos seguidos. Espera unos minutos e inténtalo de nuevo.",
  rut_taken: "El RUT {rut} ya está registrado en SmarterOS. Si es tu empresa, inicia sesión.",
  account_email_mismatch: "Usa el correo de tu cuenta ({email}) o cierra sesión para registrar otro.",
  account_step_required: "Crea tu cuenta en el paso «Cuenta» antes de enviar.",
  password_required: "Crea una contraseña.",
  account_exists: "Ya tienes una cuenta con este correo. Inicia sesión y vuelve a este paso.",
  confirm_link_invalid: "El enlace de confirmación no es válido.",
  confirm_link_expired: "El enlace venció: los registros se confirman dentro de 24 horas. Vuelve a registrarte.",
  registration_cancelled: "Este registro fue cancelado porque no se confirmó a tiempo. Regístrate de nuevo.",
  workspace_suspended: "Este espacio está suspendido.",
  idempotency_key_too_long: "La cabecera Idempotency-Key admite hasta 255 caracteres.",
  idempotency_retry: "Reintenta la solicitud.",
  idempotency_key_reused: "Esta Idempotency-Key ya se usó con otra solicitud. Usa una clave nueva.",
  idempotency_in_progress: "Una solicitud con esta Idempotency-Key todavía está en curso.",
  // Webhooks
  webhook_bad_signature: "Firma del webhook inválida.",
  webhook_stale: "El webhook está vencido o trae una hora inválida.",
  webhook_bad_token: "Token del webhook inválido.",
  webhook_invalid_json: "El cuerpo del webhook no es JSON válido.",
  webhook_not_object: "El webhook no trae un objeto JSON.",
  webhook_no_event: "El webhook no indica el evento (campo «event»).",
  webhook_too_large: "El webhook es demasiado grande.",
  // Messages and contacts
  whatsapp_window_closed:
    "La ventana de 24 horas de WhatsApp de esta conversación está cerrada: el cliente no ha escrito en el último día. Envía una plantilla aprobada o deja una nota privada.",
  image_not_from_account: "La imagen no es de la cuenta de Chatwoot conectada.",
  contact_duplicate: "Ya existe un contacto con ese RUT, correo o teléfono: {name}.",
  chatwoot_no_inbox: "Chatwoot no tiene bandejas donde crear el contacto.",
  contact_unlinkable:
    "Para crearlo también en Chatwoot u Odoo, indica un teléfono, un correo o el RUT: así quedan vinculados.",
  contact_single_source: "Este contacto tiene un solo origen: no hay nada que separar.",
  import_missing_name_column: 'Falta la columna "nombre". Columnas esperadas: {columns}.',
  import_unknown_columns: "Columnas desconocidas: {columns}.",
  import_no_rows: "El archivo no tiene filas de contactos.",
  import_too_many_rows: "Importa como máximo {max} filas por archivo.",
  import_invalid_rows: "Hay filas con errores ({invalid}): corrígelas y vuelve a importar. No se importó nada.",
  // Automation
  workflow_not_webhook:
    "Este flujo no empieza con un webhook (se ejecuta por horario, a mano u otro disparador), así que el Hub no puede iniciarlo. Ejecútalo desde n8n.",
  workflow_inactive:
    "El flujo está inactivo: n8n solo atiende su webhook de producción cuando está activo. Actívalo y vuelve a intentarlo.",
  // Integrations
  secret_required_token: "Ingresa el token de acceso de {serviceName}.",
  secret_required_key: "Ingresa la clave API de {serviceName}.",
  integration_not_connected: "{serviceName} no está conectado. Conéctalo en Configuración → Integraciones.",
  integration_missing: "{serviceName} no está conectado.",
  url_invalid: "La URL no es válida. Escríbela completa, por ejemplo https://chat.tuempresa.cl.",
  url_scheme: "La URL debe comenzar con https:// (o http://).",
  url_credentials: "La URL no puede incluir usuario ni contraseña; ingresa las credenciales en sus campos.",
  url_query: "La URL base no puede incluir parámetros (?…) ni fragmentos (#…).",
  url_host_unknown: "No se encontró el servidor «{host}». Revisa que la dirección esté bien escrita.",
  url_private:
    "La URL apunta a una dirección interna o privada, que no está permitida. Usa la dirección pública del servicio.",
  // Upstream services
  upstream_unauthorized_chatwoot:
    "Chatwoot rechazó el token de acceso. Revisa el token en Configuración → Integraciones.",
  upstream_unauthorized_odoo:
    "Odoo rechazó el usuario o la clave API (las claves vencen). Genera una nueva en Odoo y actualízala en Configuración → Integraciones.",
  upstream_unauthorized_n8n: "n8n rechazó la clave API. Revisa la clave en Configuración → Integraciones.",
  upstream_forbidden:
    "{serviceName} no permite esta operación con las credenciales configuradas. Pide a un administrador de {serviceName} los permisos necesarios.",
  upstream_not_found:
    "{serviceName} no encontró lo solicitado. Puede que se haya eliminado o que la configuración apunte a otra cuenta.",
  upstream_rate_limited: "{serviceName} está limitando las solicitudes. Espera un momento e inténtalo de nuevo.",
  upstream_rate_limited_retry:
    "{serviceName} está limitando las solicitudes. Inténtalo de nuevo en {retryAfter} segundos.",
  upstream_timeout: "{serviceName} no respondió a tiempo. Inténtalo de nuevo en unos minutos.",
  upstream_unavailable_status: "{serviceName} no está disponible (error {upstreamStatus}). Inténtalo más tarde.",
  upstream_unreachable:
    "No se pudo conectar con {serviceName}. Revisa la URL en Configuración → Integraciones o inténtalo más tarde.",
  upstream_address_blocked:
    "La dirección de {serviceName} apunta a una red interna o privada, que no está permitida. Usa la dirección pública del servicio en Configuración → Integraciones.",
  upstream_bad_response:
    "{serviceName} respondió algo inesperado. Revisa que la URL apunte a {serviceName} o inténtalo más tarde.",
  upstream_conflict: "{serviceName} rechazó la operación porque entra en conflicto con el estado actual.",
  upstream_unprocessable: "{serviceName} rechazó los datos enviados.",
  chatwoot_admin_required:
    "El token de Chatwoot no tiene permiso para esta operación: los reportes y webhooks requieren el token de un administrador.",
  odoo_bad_credentials:
    "Odoo rechazó el usuario o la clave API. Revisa el usuario (login) y genera una nueva clave si venció o fue revocada.",
  odoo_bad_key:
    "Odoo rechazó la clave API: puede estar mal copiada, revocada o vencida (en Odoo 18+ las claves vencen). Genera una nueva en Preferencias → Seguridad de la cuenta y actualízala en Configuración → Integraciones.",
  odoo_unknown_database:
    "La base de datos «{database}» no existe en este servidor Odoo. Revisa el nombre en Configuración → Integraciones.",
  odoo_forbidden:
    "El usuario de Odoo no tiene permiso para leer estos datos. Pide a un administrador de Odoo el acceso.",
  odoo_missing:
    "Odoo no tiene el modelo, método o registro pedido. Puede que la versión o los módulos instalados sean otros.",
  n8n_missing_scope:
    "La clave API de n8n no tiene el permiso «{scope}». Agrégalo a la clave en n8n (Settings → n8n API) o crea una nueva.",
  n8n_no_trigger: "n8n no puede activar este flujo porque no tiene un nodo disparador (webhook, horario u otro).",
  n8n_webhook_path_taken: "n8n no puede activar este flujo: otro flujo activo ya usa la misma ruta de webhook.",
  n8n_retry_not_failed: "Solo se puede reintentar una ejecución que falló y ya terminó.",
  n8n_webhook_path_invalid: "La ruta del webhook de n8n no es válida.",
} as const;

// What a single field's problem says, beside the field. Schemas name these keys as their messages.
export const fieldErrorsEsCL = {
  invalid: "Este valor no es válido.",
  unsafe_text: "El texto contiene caracteres no permitidos (NUL o sustitutos sueltos).",
  slug_too_short: "Usa al menos 3 letras o números.",
  slug_taken: "Esa dirección ya está en uso.",
  rut_taken: "Este RUT ya está registrado.",
  contact_unlinkable:
    "Para crearlo también en Chatwoot u Odoo, indica un teléfono, un correo o el RUT: así quedan vinculados.",
  member_exists: "Ya es miembro o ya fue invitada.",
  account_email_mismatch: "Usa el correo de tu cuenta o cierra sesión para registrar otro.",
  password_required: "Crea una contraseña.",
  account_exists: "Ya tienes una cuenta con este correo: inicia sesión.",
  token_required: "Ingresa el token de acceso.",
  api_key_required: "Ingresa la clave API.",
  image_url_foreign: "Debe ser una dirección de la cuenta de Chatwoot conectada.",
  url_invalid: "La URL no es válida. Escríbela completa, por ejemplo https://chat.tuempresa.cl.",
  url_scheme: "La URL debe comenzar con https:// (o http://).",
  url_credentials: "La URL no puede incluir usuario ni contraseña; ingresa las credenciales en sus campos.",
  url_query: "La URL base no puede incluir parámetros (?…) ni fragmentos (#…).",
  url_host_unknown: "No se encontró ese servidor. Revisa que la dirección esté bien escrita.",
  url_private:
    "La URL apunta a una dirección interna o privada, que no está permitida. Usa la dirección pública del servicio.",
  name_required: "Ingresa tu nombre.",
  link_invalid: "El enlace no es válido.",
  notes_too_long: "Las notas tienen como máximo 5.000 caracteres.",
  password_too_long: "La contraseña es demasiado larga.",
  password_too_short: "La contraseña debe tener al menos 10 caracteres.",
  legal_name_required: "Ingresa la razón social.",
  rut_required: "Ingresa el RUT de la empresa.",
  industry_required: "Cuéntanos el rubro de tu negocio.",
  slug_format: "Usa de 3 a 48 letras minúsculas, números o guiones, sin guion al inicio ni al final.",
  tag_separator: "Una etiqueta no puede contener coma, punto y coma ni barra vertical.",
  service_unknown: "Servicio desconocido.",
  template_invalid: "Plantilla no válida.",
  source_invalid: "Origen inválido.",
  legal_name_too_long: "La razón social es demasiado larga.",
  date_nonexistent: "La fecha no existe.",
  date_format: "La fecha debe tener el formato AAAA-MM-DD.",
  tag_empty: "La etiqueta no puede estar vacía.",
  search_too_long: "La búsqueda es demasiado larga.",
  whatsapp_required: "Ingresa un número de WhatsApp.",
  email_invalid: "Ingresa un correo válido.",
  mobile_invalid: "Ingresa un celular chileno: +56 9 XXXX XXXX.",
  password_missing: "Ingresa tu contraseña.",
  sign_up_password_missing: "Ingresa la contraseña que elegiste al registrarte.",
  url_required: "Ingresa la URL del servicio.",
  odoo_login_required: "Ingresa el usuario de Odoo.",
  contact_name_required: "Ingresa el nombre del contacto.",
  business_name_required: "Ingresa el nombre de tu negocio.",
  database_required: "Ingresa el nombre de la base de datos.",
  tags_change_required: "Indica qué etiquetas agregar o quitar.",
  n8n_id_invalid: "Identificador de n8n no válido.",
  slug_reserved: "Esa dirección está reservada. Elige otra.",
  role_invalid: "Elige un rol: administrador, equipo o lector.",
  plan_invalid: "Elige un plan: Free, Basic o Pro.",
  csv_required: "Elige un archivo CSV.",
  contacts_required: "Elige al menos un contacto.",
  industry_too_long: "El rubro es demasiado largo.",
  contact_name_too_long: "El nombre tiene como máximo 160 caracteres.",
  name_too_long: "El nombre es demasiado largo.",
  message_too_long: "El mensaje es demasiado largo.",
  id_not_positive: "El identificador debe ser un número positivo.",
  account_id_number: "El id de cuenta es un número.",
  account_id_positive: "El id de cuenta es un número positivo.",
  activation_link_invalid: "El enlace de activación no es válido.",
  json_body_too_large: "El cuerpo JSON es demasiado grande (máximo 64 KB).",
  file_too_large: "El archivo supera 5 MB.",
  rut_invalid: "El RUT no es válido: revisa los números y el dígito verificador.",
  integer_required: "Debe ser un número entero.",
  contact_invalid: "Contacto inválido.",
  tags_too_many: "Como máximo 30 etiquetas.",
  phones_too_many: "Como máximo 10 teléfonos.",
  emails_too_many: "Como máximo 10 correos.",
  event_id_invalid: "Debe ser un número de evento.",
  rut_check_digit: "El RUT no es válido (revisa el dígito verificador).",
  email_in_list_invalid: "Uno de los correos no es válido.",
  phone_in_list_invalid: "Uno de los teléfonos no es válido: usa +56 9 1234 5678.",
  tag_too_long: "Una etiqueta tiene como máximo 60 caracteres.",
} as const;
