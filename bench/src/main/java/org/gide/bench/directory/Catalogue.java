package org.gide.bench.directory;

import java.util.List;

/**
 * What organisations of each family do, as the generator draws it: a NAF code (whose sector the platform's mapping
 * gives), a weight, name and description templates, and the words people would search them by. Placeholders:
 * {@code {de}} "de Nîmes" / "d'Alès" / "du Vigan", {@code {c}} the commune, {@code {n}} a name ("La Garrigue"),
 * {@code {s}} a sport, {@code {a}} an art.
 */
final class Catalogue {

	record Activity(String naf, double weight, List<String> names, List<String> descriptions, List<String> keywords) {
	}

	private Catalogue() {
	}

	private static Activity a(String naf, double weight, List<String> names, List<String> descriptions,
			List<String> keywords) {
		return new Activity(naf, weight, names, descriptions, keywords);
	}

	static final List<String> SPORTS = List.of("football", "rugby", "tennis", "judo", "basket-ball", "handball",
			"natation", "cyclisme", "pétanque", "escalade", "randonnée", "tir à l'arc", "gymnastique", "karaté", "badminton",
			"canoë-kayak", "équitation", "athlétisme", "tennis de table", "volley-ball", "aïkido", "escrime", "course à pied",
			"course camarguaise", "spéléologie", "voile");

	static final List<String> ARTS = List.of("théâtre", "danse contemporaine", "chant choral", "musiques actuelles",
			"arts plastiques", "cirque", "marionnettes", "photographie", "cinéma", "conte", "jazz", "musique baroque",
			"culture occitane", "poterie", "sculpture", "bande dessinée");

	static final List<String> NAMES = List.of("La Garrigue", "Les Cigales", "L'Olivier", "Le Micocoulier", "Les Lucioles",
			"La Ruche", "Le Colibri", "Les Abeilles", "Le Chêne vert", "L'Arc-en-ciel", "Les Trois Rivières", "La Source",
			"Le Grenier", "La Passerelle", "L'Escale", "Le Relais", "La Fabrique", "L'Atelier", "Le Tremplin", "Horizons",
			"Le Lien", "Trait d'union", "La Bergerie", "Les Petits Loups", "L'Île aux enfants", "Les Galopins", "Le Mas",
			"La Clède", "Le Figuier", "Les Capitelles", "La Draille", "Les Magnaneries", "Le Cade", "L'Amandier", "La Luciole",
			"Le Trèfle", "La Boussole", "Les Semeurs", "L'Envol", "La Marelle", "Le Petit Prince", "Les Bambins",
			"Pomme de reinette", "Le Moulin", "La Calade", "Les Tilleuls", "Le Jardin d'Éole", "La Cordée", "Le Phare",
			"L'Oustal", "Lou Cantou", "La Farandole", "Le Sillon", "Les Glaneurs", "La Courte Échelle", "Terre de liens",
			"Le Rucher", "Le Fil d'Ariane", "Les Hirondelles", "La Main tendue", "Le Cercle", "Solidarités", "Entraide",
			"Cévennes", "Camargue", "Vidourle", "Gardon", "Cèze", "Costières", "Garrigues", "Vaunage", "Les Sources");

	static final List<Activity> ASSOCIATIONS = List.of(
			// sports et loisirs (93)
			a("93.12Z", 14, List.of("Association sportive {de}", "{S} club {de}", "Union sportive {de}", "Club de {s} {de}",
					"Entente sportive {de}", "Olympique {de}", "Cercle de {s} {n}"),
					List.of("Club de {s} ouvert à tous les âges : entraînements, compétitions et école de {s} pour les jeunes.",
							"Pratique : {s} en loisir et en compétition, stages pendant les vacances scolaires.",
							"Le club accueille les débutants et les confirmés, section handisport et sport santé."),
					List.of("club de football", "tennis", "judo", "école de rugby", "pétanque", "escalade", "sport santé",
							"handisport", "natation", "clubs sportifs")),
			a("93.29Z", 4, List.of("Comité des fêtes {de}", "Foyer rural {de}", "Les randonneurs {de}", "Amicale laïque {de}",
					"Club des aînés {de}", "Association de loisirs {n}", "Centre de loisirs {n}"),
					List.of("Animation de la vie locale : fête votive, vide-greniers, lotos et sorties pour les habitants.",
							"Randonnées pédestres chaque semaine sur les drailles et sentiers de la région.",
							"Activités de loisirs pour les enfants le mercredi et pendant les vacances, séjours et sorties."),
					List.of("comité des fêtes", "randonnées", "foyer rural", "loisirs", "fête votive", "vide-greniers")),
			a("93.11Z", 0.5, List.of("Association de gestion du gymnase {de}", "Base nautique {n}"),
					List.of("Gestion d'un équipement sportif mis à disposition des clubs et des écoles."),
					List.of("base nautique", "gymnase")),
			// action sociale (87, 88)
			a("88.91A", 3.5, List.of("Crèche parentale {n}", "Crèche associative {n}", "Halte-garderie {n}",
					"Micro-crèche {n}", "Lieu d'accueil enfants-parents {n}"),
					List.of("Crèche parentale gérée par les familles : accueil des enfants de 10 semaines à 3 ans, éveil et jeux.",
							"Accueil collectif du jeune enfant, participation des parents à la vie de la crèche.",
							"Halte-garderie associative pour les tout-petits, accueil occasionnel et régulier."),
					List.of("crèches parentales", "crèche parentale", "creche", "petite enfance", "halte-garderie",
							"accueil des enfants")),
			a("88.10A", 3, List.of("Aide à domicile en milieu rural {de}", "Service d'aide à domicile {n}",
					"Association d'aide aux personnes âgées {de}", "Présence à domicile {n}"),
					List.of("Aide à domicile des personnes âgées et des personnes en situation de handicap : ménage, repas, toilette.",
							"Services à la personne, portage de repas et téléassistance pour bien vieillir chez soi."),
					List.of("aide à domicile", "personnes âgées", "portage de repas", "services à la personne")),
			a("88.99B", 6, List.of("Épicerie solidaire {n}", "Centre social {n}", "Maison des familles {de}",
					"Accueil de jour {n}", "Banque alimentaire {de}", "Secours solidaire {de}", "Vestiboutique {n}",
					"Association d'entraide {de}", "Point d'accueil jeunes {de}", "Maison des jeunes et de la culture {de}"),
					List.of("Épicerie solidaire : produits à petit prix pour les familles en difficulté, ateliers cuisine.",
							"Accueil, écoute et accompagnement des personnes en situation de précarité, aide alimentaire.",
							"Centre social du quartier : accompagnement scolaire, ateliers parents-enfants, sorties familiales.",
							"Lutte contre l'isolement, visites aux personnes seules et entraide entre voisins."),
					List.of("épicerie solidaire", "aide alimentaire", "centre social", "précarité", "entraide",
							"accompagnement scolaire", "epiceries solidaires")),
			a("87.10A", 0.8, List.of("Résidence {n}", "EHPAD associatif {n}", "Maison de retraite {n}"),
					List.of("Établissement d'hébergement pour personnes âgées dépendantes, géré par une association à but non lucratif."),
					List.of("EHPAD", "maison de retraite", "hébergement des personnes âgées")),
			a("87.90B", 0.7, List.of("Foyer d'hébergement {n}", "Centre d'hébergement et de réinsertion sociale {n}",
					"Maison relais {n}"),
					List.of("Hébergement et accompagnement vers le logement des personnes sans abri.",
							"Pension de famille : logement durable et accompagnement social."),
					List.of("hébergement d'urgence", "logement", "sans abri", "réinsertion")),
			// arts et spectacles (90, 91)
			a("90.01Z", 7, List.of("Compagnie {n}", "Compagnie de {a} {n}", "Troupe de {a} {de}", "Théâtre {n}",
					"Chorale {n}", "Harmonie {de}", "Ensemble vocal {n}", "Festival {n}"),
					List.of("Création et diffusion de spectacles de {a}, ateliers pour amateurs et actions culturelles en milieu rural.",
							"Troupe amateur de {a} : répétitions chaque semaine et spectacles dans les villages.",
							"Festival de {a} chaque été, résidences d'artistes et programmation jeune public."),
					List.of("théâtre", "compagnie de théâtre", "chorale", "festival", "danse", "spectacle vivant", "cirque",
							"musiques actuelles")),
			a("90.04Z", 1.5, List.of("Salle de spectacles {n}", "Cinéma associatif {n}", "Tiers-lieu culturel {n}"),
					List.of("Lieu de diffusion culturelle : concerts, cinéma, résidences et cafés-débats."),
					List.of("cinéma", "salle de spectacles", "tiers-lieu", "concerts")),
			a("91.02Z", 1.5, List.of("Les amis du musée {de}", "Écomusée {n}", "Association pour la sauvegarde du patrimoine {de}",
					"Maison du patrimoine {de}"),
					List.of("Sauvegarde et valorisation du patrimoine local : visites, expositions et chantiers de restauration.",
							"Musée associatif de la soie et des traditions cévenoles, expositions temporaires."),
					List.of("patrimoine", "musée", "écomusée", "sauvegarde du patrimoine")),
			a("91.01Z", 0.8, List.of("Bibliothèque associative {de}", "Lire et faire lire {de}", "Ludothèque {n}"),
					List.of("Prêt de livres et de jeux, lectures pour les enfants, club de lecture."),
					List.of("bibliothèque", "ludothèque", "lecture", "livres")),
			// enseignement (85)
			a("85.52Z", 3.5, List.of("École de musique {de}", "École de danse {n}", "Atelier de {a} {de}",
					"Conservatoire associatif {de}"),
					List.of("Enseignement de la musique et de la danse pour enfants et adultes, orchestre et chorale.",
							"Cours de {a} pour tous, ateliers hebdomadaires et stages."),
					List.of("école de musique", "cours de danse", "enseignement artistique", "ateliers")),
			a("85.59A", 3, List.of("Organisme de formation {n}", "Université populaire {de}", "Institut de formation {n}",
					"Centre de formation {n}"),
					List.of("Formation professionnelle continue et accompagnement vers l'emploi des adultes.",
							"Conférences, cours du soir et ateliers de savoirs partagés ouverts à tous."),
					List.of("formation professionnelle", "université populaire", "formation continue")),
			a("85.20Z", 1, List.of("Calandreta {n}", "École Montessori {n}", "École associative {n}"),
					List.of("École primaire associative bilingue français-occitan, pédagogie coopérative.",
							"École maternelle et primaire à pédagogie active."),
					List.of("calandreta", "école bilingue", "occitan", "école associative")),
			a("85.59B", 1.5, List.of("Association de soutien scolaire {n}", "Ateliers d'alphabétisation {de}"),
					List.of("Soutien scolaire, français langue étrangère et alphabétisation des adultes."),
					List.of("soutien scolaire", "alphabétisation", "français langue étrangère")),
			// non classé (94.99Z)
			a("94.99Z", 20, List.of("Comité de jumelage {de}", "Association des parents d'élèves {de}", "Les Amis {de}",
					"Association de défense de l'environnement {de}", "Société de chasse {de}", "Amicale des anciens {de}",
					"Association des habitants du quartier {n}", "Collectif {n}", "Association {n}", "Le Souvenir français {de}",
					"Amicale des sapeurs-pompiers {de}", "Association des commerçants {de}", "Jardins familiaux {de}"),
					List.of("Association de loi 1901 qui fait vivre le village : rencontres, échanges et projets avec les habitants.",
							"Protection de l'environnement et du cadre de vie, sorties nature et nettoyage des rivières.",
							"Représentation des parents d'élèves, kermesse et projets pour les écoles.",
							"Jumelage et échanges entre habitants, accueil de délégations et voyages."),
					List.of("jumelage", "parents d'élèves", "environnement", "chasse", "quartier", "amicale", "collectif",
							"protection de la nature")),
			// services divers
			a("94.12Z", 2, List.of("Union professionnelle {n}", "Groupement des artisans {de}"),
					List.of("Organisation professionnelle : représentation, information et services aux adhérents."),
					List.of("organisation professionnelle", "artisans")),
			a("96.09Z", 2, List.of("Recyclerie {n}", "Ressourcerie {n}", "Repair café {de}", "Atelier vélo {n}",
					"Fablab {n}", "Tiers-lieu {n}"),
					List.of("Réemploi et réparation : collecte d'objets, atelier de réparation et boutique solidaire.",
							"Atelier participatif de réparation de vélos, ateliers d'autoréparation.",
							"Tiers-lieu : espace de travail partagé, fablab et café associatif."),
					List.of("recyclerie", "ressourcerie", "repair café", "réemploi", "atelier vélo", "tiers-lieu", "fablab")),
			a("60.10Z", 0.5, List.of("Radio {n}", "Radio associative {de}"),
					List.of("Radio associative locale : information de proximité, émissions faites par les habitants."),
					List.of("radio associative", "radio locale")),
			a("71.12B", 0.5, List.of("Agence locale de l'énergie {de}", "Conseil en rénovation {n}"),
					List.of("Conseil neutre et gratuit sur les économies d'énergie et la rénovation des logements."),
					List.of("énergie", "rénovation énergétique")),
			a("79.90Z", 0.6, List.of("Office de tourisme associatif {de}", "Maison du tourisme {n}"),
					List.of("Accueil et information des visiteurs, promotion du tourisme durable."),
					List.of("tourisme", "office de tourisme")),
			a("82.30Z", 0.3, List.of("Maison des associations {de}"),
					List.of("Accompagnement et hébergement des associations locales, prêt de salles et de matériel."),
					List.of("maison des associations")),
			// santé humaine (86)
			a("86.90D", 0.8, List.of("Service de soins infirmiers à domicile {de}", "Association de santé {n}"),
					List.of("Soins infirmiers à domicile pour les personnes âgées et les personnes malades."),
					List.of("soins infirmiers", "santé", "soins à domicile")),
			a("86.21Z", 0.6, List.of("Centre de santé {n}", "Maison de santé {de}"),
					List.of("Centre de santé associatif : médecine générale, tiers payant, prévention."),
					List.of("centre de santé", "maison de santé", "médecine générale")),
			// hébergement et restauration (55, 56)
			a("55.20Z", 0.6, List.of("Gîte d'étape {n}", "Auberge de jeunesse {de}", "Village vacances {n}"),
					List.of("Hébergement de groupes et de randonneurs, séjours de vacances pour les familles."),
					List.of("gîte d'étape", "auberge de jeunesse", "village vacances")),
			a("56.10A", 0.6, List.of("Café associatif {n}", "Restaurant solidaire {n}"),
					List.of("Café associatif et restaurant solidaire : repas à prix libre, concerts, lien social."),
					List.of("café associatif", "restaurant solidaire")),
			// industrie et construction, agriculture, finances
			a("38.32Z", 0.4, List.of("Chantier de réemploi {n}", "Atelier de recyclage {n}"),
					List.of("Récupération et recyclage des matériaux, sensibilisation au tri."),
					List.of("recyclage", "réemploi", "tri des déchets")),
			a("01.13Z", 0.4, List.of("Jardins partagés {de}", "Jardin de cocagne {n}", "Les jardins {n}"),
					List.of("Jardins partagés et maraîchage biologique, ateliers de jardinage et paniers de légumes."),
					List.of("jardins partagés", "maraîchage", "jardin", "potager")),
			a("64.99Z", 0.3, List.of("Club d'investisseurs solidaires {n}", "Association pour le microcrédit {de}"),
					List.of("Épargne solidaire et microcrédit pour les créateurs d'entreprise."),
					List.of("microcrédit", "épargne solidaire", "finance solidaire")));

	static final List<Activity> SCOP = List.of(
			a("43.32A", 2, List.of("SCOP Menuiserie {n}", "Menuiserie coopérative {n}"),
					List.of("Société coopérative et participative de menuiserie bois, agencement et rénovation."),
					List.of("menuiserie", "scop", "coopérative")),
			a("43.21A", 1.5, List.of("SCOP Électricité {n}", "{N} SCOP"), List.of("SCOP d'électricité générale et d'énergies renouvelables."),
					List.of("électricité", "scop")),
			a("62.01Z", 1.5, List.of("SCOP {n} Informatique", "Coopérative numérique {n}"),
					List.of("Coopérative de développement de logiciels libres et de sites web."),
					List.of("logiciels libres", "numérique", "scop")),
			a("71.11Z", 1, List.of("Atelier d'architecture {n} SCOP"), List.of("Architecture et écoconstruction en coopérative."),
					List.of("architecture", "écoconstruction")),
			a("18.12Z", 0.8, List.of("Imprimerie coopérative {n}"), List.of("Imprimerie coopérative : impression écologique, édition."),
					List.of("imprimerie", "coopérative")),
			a("10.71C", 0.8, List.of("Boulangerie coopérative {n}"), List.of("Boulangerie en SCOP : pain au levain et farines locales."),
					List.of("boulangerie", "pain bio")),
			a("73.11Z", 0.7, List.of("SCOP {n} Communication"), List.of("Agence de communication coopérative."),
					List.of("communication", "scop")),
			a("85.59A", 0.8, List.of("SCOP {n} Formation"), List.of("Organisme de formation coopératif."),
					List.of("formation", "scop")));

	static final List<Activity> SCIC = List.of(
			a("35.11Z", 1.5, List.of("SCIC Énergies citoyennes {de}", "Centrale villageoise {de}"),
					List.of("Société coopérative d'intérêt collectif de production d'énergie solaire citoyenne."),
					List.of("énergie citoyenne", "solaire", "scic")),
			a("47.11B", 1, List.of("SCIC Épicerie {n}", "Épicerie coopérative {n}"),
					List.of("Épicerie coopérative en circuits courts, producteurs locaux et consommateurs associés."),
					List.of("circuits courts", "épicerie coopérative", "scic")),
			a("56.10A", 0.8, List.of("SCIC {n} Restaurant", "Cantine coopérative {n}"),
					List.of("Restauration collective bio et locale en coopérative d'intérêt collectif."),
					List.of("restauration bio", "cantine", "scic")),
			a("90.04Z", 0.6, List.of("SCIC Tiers-lieu {n}"), List.of("Tiers-lieu culturel en SCIC : salle, ateliers, résidences."),
					List.of("tiers-lieu", "scic")),
			a("01.13Z", 0.5, List.of("SCIC Ferme {n}"), List.of("Ferme coopérative : maraîchage, insertion et vente directe."),
					List.of("ferme", "maraîchage", "scic")));

	static final List<Activity> CAE = List.of(a("70.22Z", 1, List.of("Coopérative d'activité et d'emploi {n}", "CAE {n}"),
			List.of("Coopérative d'activité et d'emploi : entrepreneurs salariés, accompagnement et mutualisation."),
			List.of("coopérative d'activité et d'emploi", "entrepreneurs salariés", "cae")));

	static final List<Activity> AGRICULTURAL = List.of(
			a("11.02B", 2.5, List.of("Cave coopérative {de}", "Les Vignerons {de}", "Cellier des vignerons {de}"),
					List.of("Cave coopérative : vinification et vente des vins des vignerons coopérateurs."),
					List.of("cave coopérative", "vignerons", "vin")),
			a("01.61Z", 2, List.of("CUMA {de}", "Coopérative d'utilisation de matériel agricole {de}"),
					List.of("Matériel agricole partagé entre les exploitations adhérentes."),
					List.of("cuma", "matériel agricole")),
			a("10.41A", 0.8, List.of("Coopérative oléicole {de}", "Moulin coopératif {de}"),
					List.of("Moulin à huile coopératif : trituration des olives des adhérents."),
					List.of("huile d'olive", "moulin", "oléicole")),
			a("46.21Z", 1, List.of("Coopérative agricole {n}"), List.of("Collecte et commercialisation des productions des agriculteurs."),
					List.of("coopérative agricole", "céréales")));

	static final List<Activity> CONSUMER = List.of(a("47.11C", 1, List.of("Coopérative de consommateurs {n}",
			"Biocoop {n}"), List.of("Magasin coopératif de consommateurs : produits bio et locaux."),
			List.of("coopérative de consommateurs", "magasin bio")));

	static final List<Activity> BANKS = List.of(a("64.19Z", 1, List.of("Caisse locale de crédit mutuel {de}",
			"Caisse locale de crédit agricole {de}", "Banque populaire, agence {de}", "Caisse d'épargne, agence {de}"),
			List.of("Banque coopérative : les sociétaires élisent les administrateurs de leur caisse locale."),
			List.of("banque coopérative", "crédit mutuel", "caisse locale")));

	static final List<Activity> OTHER_COOPERATIVES = List.of(
			a("41.20A", 1, List.of("Coopérative HLM {n}", "Coopérative d'habitants {n}"),
					List.of("Coopérative de logement social et d'accession à la propriété."), List.of("habitat", "logement social")),
			a("49.41A", 0.7, List.of("Coopérative de transport {n}"), List.of("Coopérative de transporteurs routiers."),
					List.of("transport", "coopérative")),
			a("46.90Z", 0.8, List.of("Coopérative de commerçants {n}"), List.of("Groupement coopératif de commerçants indépendants."),
					List.of("commerçants", "coopérative")),
			a("43.99C", 0.8, List.of("Coopérative artisanale {n}"), List.of("Coopérative d'artisans du bâtiment."),
					List.of("artisans", "bâtiment")));

	static final List<Activity> MUTUELLES = List.of(
			a("65.12Z", 5, List.of("Mutuelle {n}", "Mutuelle d'assurance {n}", "Mutuelle {de}", "Mutuelle de santé {n}"),
					List.of("Mutuelle de santé et de prévoyance à but non lucratif, gouvernée par ses adhérents.",
							"Assurance mutualiste : complémentaire santé, prévoyance et action sociale."),
					List.of("mutuelle", "complémentaire santé", "prévoyance", "mutuelles")),
			a("65.11Z", 1, List.of("Mutuelle vie {n}"), List.of("Mutuelle d'assurance vie et d'épargne."),
					List.of("assurance vie", "mutuelle")),
			a("86.23Z", 1, List.of("Centre dentaire mutualiste {de}", "Centre de santé mutualiste {de}"),
					List.of("Centre de santé mutualiste : soins dentaires et médecine générale en tiers payant."),
					List.of("centre dentaire", "mutualiste", "santé")),
			a("47.78A", 0.8, List.of("Optique mutualiste {de}", "Audition mutualiste {de}"),
					List.of("Magasin d'optique et d'audition mutualiste."), List.of("optique", "audition")),
			a("88.10A", 0.5, List.of("Service de soins mutualiste {de}"), List.of("Aide et soins à domicile mutualistes."),
					List.of("aide à domicile", "mutualiste")));

	static final List<Activity> FONDATIONS = List.of(
			a("87.30A", 2, List.of("Fondation {n}", "Fondation {n} pour l'enfance"),
					List.of("Fondation reconnue d'utilité publique : hébergement et accompagnement des personnes handicapées."),
					List.of("fondation", "handicap", "protection de l'enfance")),
			a("86.10Z", 1, List.of("Fondation hospitalière {n}"), List.of("Établissement de santé privé d'intérêt collectif."),
					List.of("fondation", "hôpital")),
			a("72.19Z", 0.5, List.of("Fondation pour la recherche {n}"), List.of("Soutien à la recherche scientifique et médicale."),
					List.of("recherche", "fondation")),
			a("91.02Z", 0.5, List.of("Fondation {n} pour le patrimoine"), List.of("Mécénat et sauvegarde du patrimoine."),
					List.of("mécénat", "patrimoine")));

	static final List<Activity> ESS_COMPANIES = List.of(
			a("38.32Z", 1, List.of("{N} Recyclage", "Les Ateliers du réemploi {n}"),
					List.of("Entreprise solidaire d'utilité sociale : collecte, tri et réemploi."), List.of("réemploi", "recyclage", "esus")),
			a("56.10A", 1, List.of("Restaurant solidaire {n}", "Traiteur solidaire {n}"),
					List.of("Restaurant d'insertion et traiteur solidaire, produits locaux."), List.of("traiteur", "restaurant solidaire")),
			a("81.30Z", 1, List.of("{N} Paysages", "Espaces verts {n}"),
					List.of("Entretien d'espaces verts par une entreprise solidaire d'utilité sociale."), List.of("espaces verts", "paysage")),
			a("62.02A", 0.6, List.of("{N} Numérique solidaire"), List.of("Conseil et médiation numérique, reconditionnement d'ordinateurs."),
					List.of("numérique", "reconditionnement")),
			a("47.79Z", 0.6, List.of("Friperie solidaire {n}"), List.of("Vente de vêtements de seconde main, emplois d'insertion."),
					List.of("friperie", "seconde main")));

	/** Inclusion structures: NAF, names, the goods and services they sell to public buyers. */
	record Inclusion(String type, double weight, String naf, List<String> names, String goods) {
	}

	static final List<Inclusion> INCLUSION = List.of(
			new Inclusion("ACI", 35, "81.30Z", List.of("Chantier d'insertion {n}", "Atelier chantier d'insertion {de}"),
					"Entretien d'espaces verts, débroussaillage, restauration de murets en pierre sèche"),
			new Inclusion("AI", 15, "78.30Z", List.of("Association intermédiaire {n}", "Emplois solidaires {de}"),
					"Mise à disposition de personnel : ménage, jardinage, manutention"),
			new Inclusion("EI", 18, "38.32Z", List.of("Entreprise d'insertion {n}"),
					"Collecte et tri de déchets, nettoyage de locaux"),
			new Inclusion("ETTI", 8, "78.20Z", List.of("Intérim d'insertion {n}"), "Travail temporaire d'insertion"),
			new Inclusion("EITI", 2, "74.90B", List.of("Entreprise d'insertion par le travail indépendant {n}"),
					"Services à la personne, petits travaux"),
			new Inclusion("EA", 9, "82.92Z", List.of("Entreprise adaptée {n}"),
					"Conditionnement, mise sous pli, numérisation de documents"),
			new Inclusion("EATT", 1, "78.20Z", List.of("Entreprise adaptée de travail temporaire {n}"),
					"Travail temporaire de travailleurs handicapés"),
			new Inclusion("ESAT", 10, "88.10C", List.of("ESAT {n}", "Établissement et service d'aide par le travail {de}"),
					"Blanchisserie, restauration, espaces verts, sous-traitance industrielle"),
			new Inclusion("GEIQ", 2, "78.30Z", List.of("Groupement d'employeurs pour l'insertion et la qualification {n}"),
					"Mise à disposition de salariés en alternance"));

	/** Resource actors (têtes de réseau): names and services. */
	static final List<String> RESOURCE_NAMES = List.of("Fédération départementale des foyers ruraux {de}",
			"Maison de l'économie sociale et solidaire {de}", "Incubateur d'innovation sociale {n}",
			"Dispositif local d'accompagnement {de}", "Pôle territorial de coopération économique {n}",
			"Réseau des ressourceries {n}", "Union régionale des SCOP {n}", "Centre de ressources associatif {de}");

	static final List<String> RESOURCE_SERVICES = List.of("accompagnement des projets d'ESS", "formation des bénévoles",
			"hébergement d'associations", "aide à la création de coopératives", "conseil juridique et comptable",
			"mise en réseau des acteurs", "financement participatif");

}
