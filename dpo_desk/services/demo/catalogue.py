"""The demo organisation's registers, modelled (in our own words) on the kind of retailer
whose privacy policies are in shared/seeds: online orders, instalment payments with a
scoring, customer reviews, marketing, a call centre abroad, card payments."""

from __future__ import annotations

from typing import Any

ORGANISATION: dict[str, Any] = {
    "name": "Atelier Précieux SAS",
    "legal_form": "SAS",
    "registration": "RCS Lyon 812 345 678",
    "address": "14 rue de la République\n69002 Lyon\nFrance",
    "city": "Lyon",
    "dpo_name": "Claire Martin",
    "dpo_title": "Déléguée à la protection des données",
    "dpo_email": "dpo@atelier-precieux.example",
    "dpo_phone": "+33 4 72 00 00 00",
    "dpo_address": "Atelier Précieux SAS — DPO\n14 rue de la République\n69002 Lyon",
    "timezone": "Europe/Paris",
    "default_jurisdiction": "FR",
    "language": "fr",
}

RECIPIENTS: list[dict[str, Any]] = [
    {
        "name": "Customer service (internal)",
        "category": "internal",
        "service": "Orders, returns and after-sales follow-up",
        "country": "FR",
    },
    {
        "name": "Marketing department (internal)",
        "category": "internal",
        "service": "Newsletters, contests, campaign statistics",
        "country": "FR",
    },
    {
        "name": "Banque Rhône Paiements",
        "category": "processor",
        "service": "Card payments and fraud screening",
        "country": "FR",
    },
    {
        "name": "PayLater Europe Ltd",
        "category": "third-party",
        "service": "Instalment payments and their credit scoring",
        "country": "IE",
    },
    {
        "name": "Colis Express",
        "category": "processor",
        "service": "Parcel delivery",
        "country": "FR",
    },
    {
        "name": "Atlas Contact Center SARL",
        "category": "processor",
        "service": "Call centre for customer relations",
        "country": "MA",
        "transfer": {
            "adequacy_status": "not-adequate",
            "safeguard": "scc",
            "scc_module": "2",
            "safeguard_document": "SCC 2021/914 module 2, signed 2023-03-01",
            "valid_from": "2023-03-01",
        },
    },
    {
        "name": "CloudMail Inc.",
        "category": "processor",
        "service": "E-mailing platform for newsletters",
        "country": "US",
        "transfer": {
            "adequacy_status": "adequate",
            "safeguard": "adequacy",
            "safeguard_document": "EU-US Data Privacy Framework (Decision 2023/1795); "
            "certification checked",
            "valid_from": "2023-07-10",
        },
    },
    {
        "name": "AvisVérifiés Partenaire",
        "category": "third-party",
        "service": "Publication of customer reviews",
        "country": "FR",
    },
    {
        "name": "AdReach Network",
        "category": "third-party",
        "service": "Advertising audiences (with consent)",
        "country": "US",
        "transfer": {
            "adequacy_status": "not-adequate",
            "safeguard": "scc",
            "scc_module": "1",
            "safeguard_document": "SCC 2021/914 module 1",
            "valid_from": "2022-01-15",
        },
    },
]

ACTIVITIES: list[dict[str, Any]] = [
    {
        "name": "Customer orders and delivery",
        "legal_basis": "contract",
        "purposes": "Take, prepare, deliver and invoice orders; handle returns and refunds.",
        "data_categories": ["identity", "contact details", "postal address", "order history"],
        "subject_categories": ["customers"],
        "sources": "The customer, when ordering on the website or in a shop.",
        "retention": (
            "5 years after the order (commercial law), then 5 years of intermediate archive."
        ),
        "retention_rule": {"from": "order", "years": 5, "archive_years": 5},
        "recipients": [
            "Customer service (internal)",
            "Colis Express",
            "Banque Rhône Paiements",
            "Atlas Contact Center SARL",
        ],
    },
    {
        "name": "Instalment payments",
        "legal_basis": "contract",
        "purposes": "Offer payment in three or four instalments, including a scoring of the "
        "request by the payment partner.",
        "data_categories": ["identity", "bank details", "order amount", "scoring result"],
        "subject_categories": ["customers choosing instalments"],
        "sources": "The customer and the payment partner.",
        "retention": "Until the last instalment is paid, then 5 years.",
        "retention_rule": {"from": "last-payment", "years": 5},
        "automated_decision": "An automated score accepts or declines the instalment request; "
        "the customer may ask for a human review, give their point of view "
        "and contest the decision (GDPR Art. 22(3)).",
        "recipients": ["PayLater Europe Ltd"],
    },
    {
        "name": "Card data for payment",
        "legal_basis": "contract",
        "purposes": "Pay an order by card; one-click payment when the customer asks for it.",
        "data_categories": ["card number (tokenised)", "expiry date"],
        "subject_categories": ["customers"],
        "sources": "The customer.",
        "retention": "Until the card expires plus one day (one-click payment, with consent); "
        "otherwise deleted after the transaction.",
        "retention_rule": {"from": "card-expiry", "days": 1},
        "recipients": ["Banque Rhône Paiements"],
    },
    {
        "name": "Prospecting and newsletters",
        "legal_basis": "consent",
        "purposes": "Send newsletters and offers; contests; campaign statistics.",
        "data_categories": ["identity", "e-mail", "phone", "purchase preferences"],
        "subject_categories": ["customers", "prospects"],
        "sources": "The person, when subscribing; the shop's loyalty form.",
        "retention": "3 years from the last contact from the prospect.",
        "retention_rule": {"from": "last-contact", "years": 3},
        "recipients": ["Marketing department (internal)", "CloudMail Inc.", "AdReach Network"],
    },
    {
        "name": "Customer reviews",
        "legal_basis": "legitimate-interest",
        "purposes": "Collect and publish customers' reviews of products.",
        "data_categories": ["first name", "initial of the surname", "review text", "rating"],
        "subject_categories": ["customers"],
        "sources": "The customer.",
        "retention": "As long as the product is sold, at most 5 years.",
        "retention_rule": {"from": "review", "years": 5},
        "recipients": ["AvisVérifiés Partenaire"],
    },
    {
        "name": "Fraud prevention",
        "legal_basis": "legitimate-interest",
        "purposes": "Detect and prevent payment fraud.",
        "data_categories": ["identity", "IP address", "order data", "payment incidents"],
        "subject_categories": ["customers"],
        "sources": "Orders and the payment provider.",
        "retention": "1 year after an alert; 5 years when a file is opened.",
        "retention_rule": {"from": "alert", "years": 1},
        "recipients": ["Banque Rhône Paiements"],
    },
    {
        "name": "Video surveillance in shops",
        "legal_basis": "legitimate-interest",
        "purposes": "Security of people and goods in shops (no cameras in fitting rooms).",
        "data_categories": ["images"],
        "subject_categories": ["visitors", "staff"],
        "sources": "Cameras in public areas of shops.",
        "retention": "30 days.",
        "retention_rule": {"from": "recording", "days": 30},
        "recipients": [],
    },
]

#: (name, e-mail, rights, channel, days ago received, what happens next)
CASES: list[tuple[str, str, list[str], str, int, str]] = [
    ("Élodie Lefèvre", "elodie.lefevre@example.fr", ["access"], "email", 3, "new"),
    ("Jean-Luc Moreau", "jl.moreau@example.fr", ["erasure"], "post", 8, "identity-asked"),
    (
        "Дмитрий Иванов",
        "d.ivanov@example.ru",
        ["access", "portability"],
        "web-form",
        12,
        "in-progress",
    ),
    (
        "Γιώργος Παπαδόπουλος",
        "g.papadopoulos@example.gr",
        ["rectification"],
        "email",
        40,
        "answered",
    ),
    ("فاطمة الزهراء", "fatima.z@example.ma", ["objection"], "phone", 20, "in-progress"),
    ("王伟", "wang.wei@example.cn", ["access"], "email", 27, "in-progress"),
    ("Søren Kierkegård", "soren@example.dk", ["prospecting-objection"], "web-form", 2, "new"),
    ("Zoë Ørsted-Müller", "zoe.om@example.de", ["consent-withdrawal"], "email", 60, "closed"),
    ("Ana María Núñez", "anamaria@example.es", ["access"], "post", 29, "extended"),
    ("Chloé Dubois", "chloe.dubois@example.fr", ["complaint"], "store", 15, "in-progress"),
    ("Mehdi Benali", "m.benali@example.fr", ["human-review"], "email", 9, "in-progress"),
    (
        "Ольга Смирнова",
        "olga.s@example.ru",
        ["erasure", "prospecting-objection"],
        "email",
        33,
        "overdue",
    ),
    ("李娜", "li.na@example.cn", ["restriction"], "web-form", 5, "new"),
    ("Νίκος Κωνσταντίνου", "nikos.k@example.gr", ["access"], "post", 90, "refused"),
    ("Thérèse Lambert", "therese.lambert@example.fr", ["post-mortem"], "post", 11, "in-progress"),
    ("Lucas Girard", "lucas.girard@example.fr", ["safeguards-copy"], "email", 6, "in-progress"),
    ("Amélie Rousseau", "amelie.r@example.fr", ["access", "erasure"], "email", 120, "closed"),
    ("Hugo Petit", "hugo.petit@example.fr", ["rectification"], "phone", 1, "new"),
    ("Inès Faure", "ines.faure@example.fr", ["objection"], "email", 26, "in-progress"),
    ("Noah Garnier", "noah.garnier@example.fr", ["portability"], "web-form", 45, "answered"),
    ("Léa Chevalier", "lea.chevalier@example.fr", ["erasure"], "email", 31, "overdue"),
    ("Yasmine Haddad", "yasmine.h@example.fr", ["access"], "store", 18, "identity-asked"),
    ("Oksana Kovalenko", "oksana.k@example.ua", ["consent-withdrawal"], "email", 4, "new"),
    ("Pierre-Émile Roux", "pe.roux@example.fr", ["complaint"], "post", 70, "withdrawn"),
    ("Camille Bernard", "camille.b@example.fr", ["access"], "email", 24, "in-progress"),
    ("Gabriel Fontaine", "gabriel.f@example.fr", ["erasure"], "web-form", 200, "closed"),
    (
        "Manon Lefebvre",
        "manon.lefebvre@example.fr",
        ["rectification", "access"],
        "email",
        14,
        "in-progress",
    ),
    ("張偉", "zhang.wei@example.tw", ["erasure"], "email", 7, "identity-asked"),
    ("Antoine Mercier", "antoine.m@example.fr", ["access"], "email", 35, "forwarded"),
    ("Sarah Cohen", "sarah.cohen@example.fr", ["objection"], "post", 22, "in-progress"),
    ("Julien Blanc", "julien.blanc@example.fr", ["prospecting-objection"], "phone", 10, "answered"),
    ("Émilie Laurent", "emilie.laurent@example.fr", ["access"], "email", 28, "in-progress"),
]

#: The French texts of the register (the plain fields above are English): letters in
#: French use them, English letters the plain fields.
RECIPIENTS_FR: dict[str, dict[str, str]] = {
    "Customer service (internal)": {
        "name": "Service client (interne)",
        "service": "Commandes, retours et service après-vente",
    },
    "Marketing department (internal)": {
        "name": "Service marketing (interne)",
        "service": "Lettres d'information, jeux-concours, statistiques de campagne",
    },
    "Atlas Contact Center SARL": {
        "service": "Centre d'appels de la relation client",
        "safeguard_document": "CCT 2021/914 module 2, signées le 1er mars 2023",
    },
    "CloudMail Inc.": {
        "service": "Plateforme d'envoi des lettres d'information",
        "safeguard_document": "Cadre de protection des données UE-États-Unis (décision "
        "2023/1795) ; certification vérifiée",
    },
    "AdReach Network": {
        "service": "Audiences publicitaires (avec consentement)",
        "safeguard_document": "CCT 2021/914 module 1",
    },
}

ACTIVITIES_FR: dict[str, dict[str, str]] = {
    "Customer orders and delivery": {
        "name": "Commandes et livraisons",
        "purposes": "Prendre, préparer, livrer et facturer les commandes ; gérer les retours "
        "et remboursements.",
        "data_categories": "identité ; coordonnées ; adresse postale ; historique de commandes",
        "subject_categories": "clients",
        "sources": "Le client, lors de sa commande sur le site ou en boutique.",
        "retention": "5 ans après la commande (droit commercial), puis 5 ans d'archivage "
        "intermédiaire.",
    },
    "Instalment payments": {
        "name": "Paiement en plusieurs fois",
        "purposes": "Proposer le paiement en trois ou quatre fois, avec une évaluation de la "
        "demande par le partenaire de paiement.",
        "data_categories": "identité ; coordonnées bancaires ; montant de la commande ; "
        "résultat de l'évaluation",
        "subject_categories": "clients choisissant le paiement en plusieurs fois",
        "sources": "Le client et le partenaire de paiement.",
        "retention": "Jusqu'au paiement de la dernière échéance, puis 5 ans.",
        "automated_decision": "Un score automatisé accepte ou refuse la demande de paiement "
        "en plusieurs fois ; vous pouvez demander l'intervention d'une personne, exprimer "
        "votre point de vue et contester la décision (art. 22.3 du RGPD).",
        "ad_logic": "Le score combine le montant de la commande, l'historique de paiement "
        "auprès de nous et les incidents de paiement connus du partenaire ; au-dessous d'un "
        "seuil, la demande est refusée.",
        "ad_significance": "Le score décide seul de l'acceptation du paiement en plusieurs "
        "fois ; il ne touche pas la commande elle-même.",
        "ad_consequences": "En cas de refus, la commande reste possible en un seul paiement ; "
        "aucune inscription dans un fichier n'en résulte.",
    },
    "Card data for payment": {
        "name": "Données de carte pour le paiement",
        "purposes": "Payer une commande par carte ; paiement en un clic si le client le demande.",
        "data_categories": "numéro de carte (tokenisé) ; date d'expiration",
        "subject_categories": "clients",
        "sources": "Le client.",
        "retention": "Jusqu'à l'expiration de la carte plus un jour (paiement en un clic, "
        "avec consentement) ; sinon supprimées après la transaction.",
    },
    "Prospecting and newsletters": {
        "name": "Prospection et lettres d'information",
        "purposes": "Envoyer des lettres d'information et des offres ; jeux-concours ; "
        "statistiques de campagne.",
        "data_categories": "identité ; adresse électronique ; téléphone ; préférences d'achat",
        "subject_categories": "clients ; prospects",
        "sources": "La personne, lors de son inscription ; le formulaire de fidélité en boutique.",
        "retention": "3 ans à compter du dernier contact du prospect.",
    },
    "Customer reviews": {
        "name": "Avis clients",
        "purposes": "Recueillir et publier les avis des clients sur les produits.",
        "data_categories": "prénom ; initiale du nom ; texte de l'avis ; note",
        "subject_categories": "clients",
        "sources": "Le client.",
        "retention": "Tant que le produit est vendu, 5 ans au plus.",
    },
    "Fraud prevention": {
        "name": "Lutte contre la fraude",
        "purposes": "Détecter et prévenir la fraude au paiement.",
        "data_categories": "identité ; adresse IP ; données de commande ; incidents de paiement",
        "subject_categories": "clients",
        "sources": "Les commandes et le prestataire de paiement.",
        "retention": "1 an après une alerte ; 5 ans lorsqu'un dossier est ouvert.",
    },
    "Video surveillance in shops": {
        "name": "Vidéoprotection en boutique",
        "purposes": "Sécurité des personnes et des biens en boutique (aucune caméra dans les "
        "cabines d'essayage).",
        "data_categories": "images",
        "subject_categories": "visiteurs ; personnel",
        "sources": "Caméras des espaces ouverts au public.",
        "retention": "30 jours.",
    },
}

#: The logic, significance and consequences of the demo's automated decision, in English.
AUTOMATED_EN: dict[str, dict[str, str]] = {
    "Instalment payments": {
        "ad_logic": "The score combines the order amount, the payment history with us and "
        "the payment incidents known to the partner; below a threshold the request is "
        "declined.",
        "ad_significance": "The score alone decides whether instalments are granted; it does "
        "not affect the order itself.",
        "ad_consequences": "If declined, the order can still be paid in one go; nothing is "
        "recorded in any file as a result.",
    },
}
