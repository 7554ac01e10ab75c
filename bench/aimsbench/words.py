"""Vocabulary for the synthetic organization: plausible names and sentences, none of them meaningful."""

FIRST_NAMES = [
    "Aisha", "Alan", "Amara", "Anders", "Anna", "Ben", "Bianca", "Carlos", "Carmen", "Chen", "Chloe", "Dara",
    "David", "Efua", "Elena", "Emil", "Farah", "Felix", "Fiona", "Gabriel", "Grace", "Hana", "Hugo", "Ines",
    "Ingrid", "Isaac", "Jakob", "Jana", "Julien", "Kai", "Karin", "Kieran", "Lars", "Leila", "Lin", "Lucia",
    "Marco", "Maria", "Mateo", "Mei", "Michael", "Nadia", "Niamh", "Noah", "Olga", "Olivia", "Omar", "Pablo",
    "Priya", "Rafael", "Ravi", "Rosa", "Ruth", "Sana", "Sofia", "Stefan", "Tariq", "Tomasz", "Uma", "Viktor",
    "Wei", "Yara", "Yuki", "Zofia",
]

LAST_NAMES = [
    "Ahmed", "Andersen", "Berg", "Bianchi", "Brennan", "Chen", "Costa", "Diaz", "Dubois", "Eriksen", "Fischer",
    "Garcia", "Hughes", "Ivanova", "Jansen", "Kim", "Kowalski", "Laurent", "Lindqvist", "Martin", "Mensah",
    "Meyer", "Moreau", "Nakamura", "Novak", "Nowak", "Okafor", "Osei", "Patel", "Petrov", "Quinn", "Rossi",
    "Santos", "Schmidt", "Singh", "Tanaka", "Torres", "Van Dijk", "Walsh", "Weber", "Wong", "Yilmaz", "Zhang",
]

UNITS = [
    "Retail Lending", "Credit Risk", "Collections", "Fraud Prevention", "Human Resources", "Customer Operations",
    "Marketing", "Finance", "Legal and Compliance", "IT Operations", "Data Science", "Procurement",
    "Insurance Claims", "Wealth Management", "Payments", "Corporate Banking",
]

SYSTEM_DOMAINS = [
    "Mortgage", "Credit Card", "Personal Loan", "Payment", "Claims", "Invoice", "Customer", "Applicant", "Call",
    "Transaction", "Document", "Email", "Contract", "Supplier", "Employee", "Branch", "Chat", "Collections",
    "Marketing", "Pricing", "Liquidity", "Identity", "Complaint", "Underwriting",
]

SYSTEM_FUNCTIONS = [
    "Affordability", "Anomaly", "Churn", "Classification", "Routing", "Triage", "Summarisation", "Forecasting",
    "Recommendation", "Extraction", "Matching", "Scoring", "Segmentation", "Verification", "Translation",
    "Sentiment", "Prioritisation", "Propensity", "Search", "Drafting",
]

SYSTEM_KINDS = ["Model", "Engine", "Assistant", "Classifier", "Detector", "Service", "Agent", "Copilot", "Pipeline"]

DATA_CATEGORIES = [
    "Customer contact details", "Transaction history", "Credit bureau data", "Income and expenditure data",
    "Application form answers", "Call recordings and transcripts", "Chat transcripts", "Device and location data",
    "Employment history", "Identity documents", "Internal policy documents", "Supplier invoices",
    "Complaint records", "Marketing consent flags", "Behavioural scores", "Staff performance data",
]

AFFECTED_PARTIES = [
    "Loan applicants", "Existing customers", "Customers in financial difficulty", "Job applicants", "Employees",
    "Call centre agents", "Underwriters", "Suppliers", "Claimants", "Merchants", "Investigators",
]

RISK_TEMPLATES = {
    "bias": ("Unfair outcomes for {group} from {system}",
             "Features correlated with protected characteristics may lead {system} to treat {group} less "
             "favourably, causing indirect discrimination, complaints and regulatory action."),
    "safety": ("Harmful advice given by {system}",
               "{system} may produce outputs that lead {group} to act against their interests, for example by "
               "taking on unaffordable commitments or missing support they are entitled to."),
    "privacy": ("Personal data of {group} exposed through {system}",
                "{system} processes personal data of {group}; prompts, logs or training sets could expose it to "
                "people who have no need to see it or retain it longer than allowed."),
    "security": ("Model manipulation of {system} by an attacker",
                 "Adversarial inputs, prompt injection or poisoned training data could make {system} produce "
                 "wrong results or disclose confidential information."),
    "transparency": ("Decisions of {system} not explainable to {group}",
                     "{group} cannot be given meaningful reasons for outcomes influenced by {system}, which "
                     "undermines their right to contest decisions and the organization's duty to explain."),
    "accountability": ("Automation bias in the use of {system}",
                       "Staff may accept the output of {system} without real review, so human oversight exists on "
                       "paper only and errors pass straight into decisions about {group}."),
    "robustness": ("Performance drift of {system}",
                   "Changes in the population or in upstream data may degrade {system} without anyone noticing, so "
                   "that decisions about {group} become less accurate over time."),
    "data-quality": ("Incomplete or stale input data for {system}",
                     "Missing, duplicated or outdated records in the data feeding {system} may distort its outputs "
                     "for {group}."),
    "third-party": ("Unannounced supplier changes to {system}",
                    "The supplier of {system} may change the model, its terms or its data locations at short notice, "
                    "so that controls agreed for {group} no longer hold."),
    "legal": ("Non-compliance of {system} with AI and consumer law",
              "Obligations under the EU AI Act, data protection and consumer protection law for {system} may not be "
              "met in time, exposing the organization to fines and orders affecting {group}."),
    "other": ("Reputational harm from the use of {system}",
              "Public or press attention to how {system} treats {group} could damage trust in the organization."),
}

ACTION_TEMPLATES = [
    "Run quarterly fairness testing of {system} and report results to the system owner.",
    "Add {system} to the monitoring dashboard with alert thresholds agreed with the risk owner.",
    "Retrain the operators of {system} on the human-oversight steps.",
    "Document the data lineage of every feature used by {system}.",
    "Agree contractual notice of model changes for {system} with the supplier.",
    "Commission an independent validation of {system} before the next release.",
    "Introduce a second-line review of a random sample of {system} outputs each month.",
    "Update the user notice explaining how {system} is used and how to ask for a human review.",
    "Run a red-team exercise against {system} and fix the findings.",
    "Restrict access to the training data of {system} to named engineers.",
    "Set a retention limit for logs produced by {system} and purge older logs.",
    "Add input validation and output filtering to {system}.",
]

INCIDENT_TEMPLATES = {
    "bias": "Complaint of unequal treatment by {system}",
    "safety": "{system} gave advice that could harm a customer",
    "privacy": "Personal data shown to the wrong person by {system}",
    "security": "Prompt injection attempt against {system}",
    "performance": "Accuracy of {system} fell below its threshold",
    "misuse": "{system} used outside its approved purpose",
    "transparency": "Customers not told that {system} was involved in a decision",
    "third-party": "Unannounced supplier change affected {system}",
    "other": "Unexpected behaviour of {system} reported by staff",
}

METRICS = [
    ("accuracy", "Accuracy", "%", "higher-is-better", 80.0, 85.0, 92.0),
    ("auc", "Area under the ROC curve", "ratio", "higher-is-better", 0.7, 0.75, 0.82),
    ("selection-rate-ratio", "Selection-rate ratio between groups", "ratio", "higher-is-better", 0.8, 0.85, 0.9),
    ("false-positive-rate", "False-positive rate", "%", "lower-is-better", 8.0, 6.0, 4.0),
    ("psi", "Population stability index", "index", "lower-is-better", 0.25, 0.1, 0.05),
    ("latency-p95", "95th percentile latency", "ms", "lower-is-better", 1500.0, 1000.0, 600.0),
    ("override-rate", "Human override rate", "%", "lower-is-better", 20.0, 12.0, 7.0),
    ("hallucination-rate", "Ungrounded answer rate", "%", "lower-is-better", 5.0, 3.0, 1.5),
]

SENTENCES = [
    "The owner reviews the results with the business unit each quarter and records the outcome.",
    "Records are kept in the document management system for at least six years.",
    "Exceptions are approved by the AI Governance Lead and logged in the decision register.",
    "Where the process cannot be followed, the reason is recorded and reported to the AI Committee.",
    "Every step is carried out by a trained person who holds the role named in this document.",
    "Changes to thresholds are agreed with the risk owner before they take effect.",
    "Suppliers are bound by the same requirements through the contract schedule.",
    "Results are summarised for the next management review.",
    "The responsible team confirms completion in the register within five working days.",
    "Evidence of each check is attached to the record it supports.",
    "The process is reviewed after any significant incident or change of law.",
    "Personal data is minimised and kept only as long as the purpose requires.",
]
