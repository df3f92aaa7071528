/** Spanish (Chile) vocabulary for the seeded business: Ferretería El Roble, Ñuñoa, Santiago. */

export const BUSINESS = {
  name: "Ferretería El Roble",
  legalName: "Ferretería El Roble SpA",
  rutBody: 76886431,
  whatsapp: "+56957201846",
  website: "https://ferreteriaelroble.cl",
};

export const FIRST_NAMES = [
  "Camila", "Valentina", "Javiera", "Catalina", "Fernanda", "Constanza", "Francisca", "Daniela", "Antonia",
  "Isidora", "Josefa", "Macarena", "Carolina", "Paulina", "Sofía", "Martina", "María José", "Ignacia",
  "Matías", "Benjamín", "Vicente", "Joaquín", "Tomás", "Diego", "Sebastián", "Nicolás", "Cristóbal",
  "Felipe", "Gonzalo", "Rodrigo", "Claudio", "Patricio", "Juan Pablo", "Andrés", "Francisco", "Héctor",
  "Luis", "Jorge", "Marcelo", "Pedro",
];

export const SURNAMES = [
  "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
  "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Flores", "Espinoza",
  "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutiérrez", "Castro", "Pizarro", "Álvarez", "Vásquez",
  "Sánchez", "Fernández", "Ramírez", "Carrasco", "Gómez", "Cortés", "Herrera", "Núñez", "Jara", "Vergara",
  "Rivera", "Figueroa",
];

export const COMPANY_NAMES = [
  "Constructora Los Andes SpA", "Inmobiliaria Altos del Maipo Ltda.", "Gasfitería Hermanos Tapia",
  "Electricidad Norte Chico EIRL", "Maestranza San Bernardo Ltda.", "Remodelaciones Ñuñoa SpA",
  "Pinturas y Terminaciones Vergara", "Condominio Parque Macul", "Colegio San Ignacio del Sur",
  "Jardines del Pacífico SpA", "Cerrajería La Llave Maestra", "Climatización Frío Sur Ltda.",
  "Mueblería Los Robles", "Obras Civiles Cordillera SpA", "Taller Mecánico El Pato",
  "Servicios Eléctricos Ramírez", "Carpintería Don Hugo", "Administradora Edificio Irarrázaval",
];

export const COMUNAS = [
  "Ñuñoa", "Providencia", "La Reina", "Macul", "Peñalolén", "Las Condes", "Santiago", "San Miguel",
  "La Florida", "Puente Alto", "Maipú", "Vitacura", "San Joaquín",
];

export const EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "live.cl", "vtr.net"];

/** Name, default_code prefix, CLP price (IVA incl.), category. */
export const PRODUCTS: readonly (readonly [string, number, string])[] = [
  ["Taladro percutor Bosch GSB 13 RE 650W", 54990, "Herramientas eléctricas"],
  ["Atornillador inalámbrico Makita 12V", 79990, "Herramientas eléctricas"],
  ["Esmeril angular DeWalt 4 1/2\" 820W", 49990, "Herramientas eléctricas"],
  ["Sierra circular Skil 7 1/4\" 1400W", 69990, "Herramientas eléctricas"],
  ["Lijadora orbital Black+Decker 240W", 39990, "Herramientas eléctricas"],
  ["Martillo carpintero Stanley 16 oz", 12990, "Herramientas manuales"],
  ["Set destornilladores 6 piezas Truper", 8990, "Herramientas manuales"],
  ["Alicate universal 8\" Bahco", 11490, "Herramientas manuales"],
  ["Huincha de medir 5 m Stanley", 6990, "Herramientas manuales"],
  ["Nivel de burbuja aluminio 60 cm", 9490, "Herramientas manuales"],
  ["Llave francesa 10\" Truper", 10990, "Herramientas manuales"],
  ["Serrucho carpintero 20\"", 13990, "Herramientas manuales"],
  ["Cemento Polpaico saco 25 kg", 5490, "Construcción"],
  ["Yeso Romeral saco 25 kg", 6290, "Construcción"],
  ["Plancha yeso-cartón 10 mm 1,2x2,4 m", 7990, "Construcción"],
  ["Perfil metalcon montante 60x38x6000", 6490, "Construcción"],
  ["Pino dimensionado 2x4\" 3,2 m", 4590, "Maderas"],
  ["Terciado estructural 15 mm", 24990, "Maderas"],
  ["OSB 11,1 mm 1,22x2,44 m", 14990, "Maderas"],
  ["Tornillo volcanita 6x1 1/4\" caja 100", 2990, "Fijaciones"],
  ["Clavo corriente 3\" kilo", 2490, "Fijaciones"],
  ["Tarugo plástico 8 mm bolsa 100", 1990, "Fijaciones"],
  ["Silicona acética transparente 280 ml", 4290, "Adhesivos y sellantes"],
  ["Adhesivo de montaje Agorex 380 g", 5990, "Adhesivos y sellantes"],
  ["Pintura látex Sipa blanco 1 galón", 17990, "Pinturas"],
  ["Esmalte al agua Ceresita 1/4 galón", 9990, "Pinturas"],
  ["Rodillo chiporro 9\" con marco", 4990, "Pinturas"],
  ["Brocha 3\" cerda natural", 2490, "Pinturas"],
  ["Cable eléctrico THHN 2,5 mm rollo 100 m", 54990, "Electricidad"],
  ["Enchufe doble Bticino Matix", 3990, "Electricidad"],
  ["Ampolleta LED 9W luz cálida pack 4", 5990, "Electricidad"],
  ["Automático Schneider 16A", 7490, "Electricidad"],
  ["Llave de paso 1/2\" bronce", 6990, "Gasfitería"],
  ["Flexible lavaplatos 40 cm", 2790, "Gasfitería"],
  ["Cañería PVC hidráulica 20 mm 6 m", 3490, "Gasfitería"],
  ["Teflón 3/4\" x 10 m", 590, "Gasfitería"],
  ["Candado de bronce 40 mm Odis", 8490, "Seguridad"],
  ["Guantes de cabritilla par", 3990, "Seguridad"],
  ["Lentes de seguridad claros", 2290, "Seguridad"],
  ["Escalera tijera aluminio 6 peldaños", 59990, "Escaleras"],
];
