namespace Portal.Demo.Backend.Data;

/// <summary>The fixed material the seed draws from: tenants, logins, names, places, insurers and fee schedules.</summary>
internal static class DemoCatalog
{
    public const string DemoPassword1 = "demo-password-1";
    public const string DemoPassword2 = "demo-password-2";
    public const string DemoPassword3 = "demo-password-3";
    public const string DemoPassword4 = "demo-password-4";

    /// <summary>
    /// The logins. HTPI ids are strings, Platform ids integers (unrelated, as in a real deployment). Dana: owner of
    /// Riverside, billing member of Harbor. Marco: tech member of Summit. Sam: viewer of Riverside, his Harbor membership
    /// deactivated, and on Lakeside, a practice with no Platform side. Olivia: an HTPI operator, refused.
    /// </summary>
    public static IReadOnlyList<DemoUser> Users(DateTimeOffset anchor) =>
    [
        new("usr-dana-whitfield", 1041, "dana.whitfield@example.com", DemoPassword1, "Dana", "Whitfield", "practice_manager", true,
            [new("tnt-riverside", "owner", true), new("tnt-harbor", "billing", false)], anchor.AddDays(-1_400).AddHours(9.5)),
        new("usr-marco-alvarez", 1042, "marco.alvarez@example.com", DemoPassword2, "Marco", "Alvarez", "billing_specialist", true,
            [new("tnt-summit", "tech", true)], anchor.AddDays(-630).AddHours(14.25)),
        // An HTPI operator: a real account, but not one the customer portal lets in (an inactive user on the Platform).
        new("usr-olivia-grant", 1043, "olivia.grant@example.com", DemoPassword3, "Olivia", "Grant", "htpi_admin", false, [],
            anchor.AddDays(-900).AddHours(11)),
        new("usr-sam-okafor", 1044, "sam.okafor@example.com", DemoPassword4, "Sam", "Okafor", "front_desk", true,
            [new("tnt-riverside", "viewer", false), new("tnt-harbor", "billing", false, IsActive: false), new("tnt-lakeside", "viewer", true)],
            anchor.AddDays(-300).AddHours(8.75)),
    ];

    /// <summary>
    /// Team members who are not logins (invited earlier, they never set a password), so each Platform customer has an
    /// owner and a team to show: a billing member in Riverside (where Dana is the only owner), an owner of Harbor and one
    /// of Summit.
    /// </summary>
    public static IReadOnlyList<DemoUser> TeamMembers(DateTimeOffset anchor) =>
    [
        new("usr-priya-shah", 1045, "priya.shah@riverside-family.example", DemoUser.UnusablePassword(), "Priya", "Shah", "invited", true,
            [new("tnt-riverside", "billing", true)], anchor.AddDays(-200).AddHours(10)),
        new("usr-helen-park", 1046, "helen.park@harbor-pediatrics.example", DemoUser.UnusablePassword(), "Helen", "Park", "invited", true,
            [new("tnt-harbor", "owner", true)], anchor.AddDays(-950).AddHours(9)),
        new("usr-rachel-stein", 1047, "rachel.stein@summit-ortho.example", DemoUser.UnusablePassword(), "Rachel", "Stein", "invited", true,
            [new("tnt-summit", "owner", true)], anchor.AddDays(-600).AddHours(13)),
    ];

    public static IReadOnlyList<DemoTenant> Tenants(DateTimeOffset anchor) =>
    [
        new("tnt-riverside", "Riverside Family Practice", "riverside-family.example", "family", anchor.AddDays(-1_412),
            ["patients", "insurance", "claims", "dashboard", "live_updates"],
            [new("Portland", "OR", "97205", "503"), new("Beaverton", "OR", "97005", "503"), new("Salem", "OR", "97301", "503"),
             new("Gresham", "OR", "97030", "971"), new("Hillsboro", "OR", "97124", "503")],
            new("Riverside Family Practice LLC", "accounts@riverside-family.example", "1200 NW Everett St, Suite 300", "Portland", "OR", "97209", "US", "EIN 93-1234567"),
            2101, "cmd-live-riverside-7Hq2xK9mPz4vL8nB"),
        new("tnt-harbor", "Harbor Pediatrics", "harbor-pediatrics.example", "pediatrics", anchor.AddDays(-987),
            ["patients", "insurance", "claims", "dashboard", "live_updates", "immunizations"],
            [new("Boston", "MA", "02108", "617"), new("Cambridge", "MA", "02139", "617"), new("Quincy", "MA", "02169", "617"),
             new("Somerville", "MA", "02143", "617"), new("Newton", "MA", "02458", "857")],
            new("Harbor Pediatrics PC", "billing@harbor-pediatrics.example", "45 Atlantic Ave", "Boston", "MA", "02110", "US", "EIN 04-7654321"),
            2102, "cmd-live-harbor-Rt5wQ1cYj8sD3fGh"),
        new("tnt-summit", "Summit Orthopedics", "summit-ortho.example", "orthopedics", anchor.AddDays(-640),
            ["patients", "insurance", "claims", "dashboard"],
            [new("Denver", "CO", "80202", "303"), new("Boulder", "CO", "80302", "720"), new("Aurora", "CO", "80010", "303"),
             new("Lakewood", "CO", "80226", "720"), new("Golden", "CO", "80401", "303")],
            new("Summit Orthopedics Group Inc.", "finance@summit-ortho.example", "8800 E Hampden Ave", "Denver", "CO", "80231", "US", "EIN 84-2468135"),
            2103, "cmd-live-summit-Zp6uV2eNk9aW4mXc"),
        // Not a Platform customer: no platform_customer_id, so Portal offers no billing, services or support for it.
        new("tnt-lakeside", "Lakeside Dermatology", "lakeside-derm.example", "dermatology", anchor.AddDays(-210),
            ["patients", "insurance", "claims", "dashboard"],
            [new("Madison", "WI", "53703", "608"), new("Middleton", "WI", "53562", "608"), new("Verona", "WI", "53593", "608")],
            new("Lakeside Dermatology SC", "office@lakeside-derm.example", "22 E Mifflin St", "Madison", "WI", "53703", "US", "EIN 39-1357924"),
            null, "cmd-live-lakeside-Bf3kT7rHs2yE6qLw"),
    ];

    /// <summary>Patients per tenant, in the order of <see cref="Tenants"/>: 230 in all.</summary>
    public static IReadOnlyList<int> PatientCounts { get; } = [84, 66, 50, 30];

    public static IReadOnlyList<string> FemaleFirstNames { get; } =
    [
        "Emma", "Olivia", "Ava", "Sophia", "Isabella", "Mia", "Charlotte", "Amelia", "Harper", "Evelyn", "Abigail", "Emily",
        "Elizabeth", "Sofia", "Madison", "Avery", "Ella", "Scarlett", "Grace", "Chloe", "Maria", "Linda", "Patricia",
        "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Dorothy", "Ruth", "Michelle", "Laura",
        "Kimberly", "Rosa", "Aaliyah", "Priya", "Mei", "Fatima", "Zoe", "Hannah", "Nora", "Lucia",
    ];

    public static IReadOnlyList<string> MaleFirstNames { get; } =
    [
        "Liam", "Noah", "Oliver", "Elijah", "James", "William", "Benjamin", "Lucas", "Henry", "Theodore", "Jack", "Levi",
        "Alexander", "Jackson", "Mateo", "Daniel", "Michael", "Mason", "Sebastian", "Ethan", "Robert", "John", "David",
        "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua",
        "Kevin", "Brian", "George", "Carlos", "Andre", "Wei", "Raj", "Samuel", "Omar", "Diego", "Isaac",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez",
        "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
        "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
        "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Patel", "Kim", "O'Connor", "Chen", "Okafor", "Novak",
    ];

    public static IReadOnlyList<string> Streets { get; } =
    [
        "Maple Ave", "Oak St", "Pine St", "Cedar Ln", "Elm St", "Washington Blvd", "Lake View Dr", "Sunset Blvd", "Park Ave",
        "Hillcrest Rd", "Meadow Ln", "River Rd", "Chestnut St", "Willow Way", "Highland Ave", "Church St", "Mill Rd",
        "Forest Dr", "Spring St", "Jefferson Ave", "Lincoln St", "Broadway", "Harbor View Ct", "Aspen Ct", "Juniper Dr",
    ];

    public static IReadOnlyList<string> MailDomains { get; } = ["example.com", "example.net", "example.org", "mail.example"];

    public static IReadOnlyList<DemoInsurer> Insurers { get; } =
    [
        new("Aetna", "AET", ["PPO", "HMO", "POS"]),
        new("Blue Cross Blue Shield", "BCB", ["PPO", "HMO", "EPO"]),
        new("Cigna", "CIG", ["PPO", "HDHP"]),
        new("UnitedHealthcare", "UHC", ["PPO", "HMO", "HDHP"]),
        new("Humana", "HUM", ["HMO", "PPO"]),
        new("Kaiser Permanente", "KP", ["HMO"]),
    ];

    public static DemoInsurer Medicare { get; } = new("Medicare", "MBI", ["Medicare Part B"], IsPublicPlan: true);

    public static DemoInsurer Medicaid { get; } = new("MassHealth (Medicaid)", "MH", ["Medicaid Managed Care"], IsPublicPlan: true);

    public static IReadOnlyList<DemoProcedure> Procedures(string specialty) => specialty switch
    {
        "pediatrics" =>
        [
            new("99392", "Preventive visit, established patient, age 1-4", 21_000),
            new("99393", "Preventive visit, established patient, age 5-11", 21_500),
            new("99213", "Office visit, established patient, low complexity", 13_500),
            new("90707", "MMR vaccine, live, subcutaneous", 9_500),
            new("90700", "DTaP vaccine, intramuscular", 6_200),
            new("90471", "Immunization administration, first vaccine", 2_800),
            new("87880", "Rapid strep test", 2_800),
            new("92551", "Hearing screening, pure tone", 2_200),
            new("96110", "Developmental screening", 4_000),
        ],
        "orthopedics" =>
        [
            new("99204", "Office visit, new patient, moderate complexity", 29_000),
            new("99214", "Office visit, established patient, moderate complexity", 19_500),
            new("73721", "MRI knee without contrast", 125_000),
            new("73030", "X-ray shoulder, 2 views", 12_000),
            new("73560", "X-ray knee, 1-2 views", 11_000),
            new("20610", "Arthrocentesis or injection, major joint", 21_000),
            new("29881", "Knee arthroscopy with meniscectomy", 480_000),
            new("97110", "Therapeutic exercise, each 15 minutes", 7_500, MaxUnits: 4),
            new("97140", "Manual therapy, each 15 minutes", 7_000, MaxUnits: 3),
        ],
        _ =>
        [
            new("99213", "Office visit, established patient, low complexity", 13_500),
            new("99214", "Office visit, established patient, moderate complexity", 19_500),
            new("99203", "Office visit, new patient, low complexity", 17_000),
            new("99396", "Preventive visit, established patient, age 40-64", 24_000),
            new("80053", "Comprehensive metabolic panel", 4_800),
            new("85025", "Complete blood count with differential", 3_200),
            new("36415", "Venipuncture", 1_500),
            new("90686", "Influenza vaccine, quadrivalent", 3_800),
            new("90471", "Immunization administration, first vaccine", 2_800),
            new("93000", "Electrocardiogram with interpretation", 6_500),
        ],
    };

    public static IReadOnlyList<string> StaffNames(string specialty) => specialty switch
    {
        "pediatrics" => ["Dr. Helen Park", "Nurse Amy Lindqvist", "Front desk: Tom Becker"],
        "orthopedics" => ["Dr. Samuel Okoye", "PA Rachel Stein", "Billing: Luis Ortega"],
        _ => ["Dr. Miriam Shah", "Nurse Kevin O'Neill", "Front desk: Julia Brandt"],
    };

    /// <summary>The Platform's support categories (active ones, in their sort order).</summary>
    public static IReadOnlyList<DemoTicketCategory> TicketCategories { get; } =
    [
        new(1, "Facturare", "Billing", "Invoices, payments and billing contacts", "credit-card", "#2E7D32"),
        new(2, "Suport tehnic", "Technical Support", "Problems with a running service", "wrench", "#1565C0"),
        new(3, "Domenii", "Domains", "Registrations, transfers and DNS", "globe", "#6A1B9A"),
        new(4, "E-mail", "Email", "Mailboxes, forwarding and delivery", "mail", "#EF6C00"),
        new(5, "Găzduire", "Hosting", "Hosting plans, certificates and backups", "server", "#00838F"),
    ];

    public static IReadOnlyList<DemoTicketTemplate> TicketTemplates { get; } =
    [
        new(1, "Invoice shows VAT twice", "Our latest invoice seems to add VAT on the hosting line twice. Could you check and send a corrected one?",
            ["Thanks for reporting this. The hosting line carries VAT once; the second amount is the VAT of the e-mail add-on. We attached a breakdown.",
             "I see it now, thank you. Could the PDF label the lines more clearly in future?",
             "We have passed the suggestion on to our billing team."]),
        new(2, "Patient portal loads slowly in the mornings", "Between 8 and 9 am the site takes 10+ seconds to load. Our front desk cannot check patients in.",
            ["We see CPU saturation on your VPS during the morning backup window. We moved the backup to 02:00.",
             "It was faster today. We'll keep an eye on it tomorrow."]),
        new(3, "Transfer an additional domain to you", "We bought a second domain for our new location and would like to transfer it here.",
            ["Please unlock the domain at the current registrar and send us the authorization code.",
             "Done, the code is in the attachment.",
             "The transfer has started and will complete within five days."]),
        new(4, "Mailbox for a new physician", "We have a new physician starting Monday. Please create a mailbox and add her to the staff list.",
            ["The mailbox is ready; the initial password was sent to the account owner."]),
        new(5, "SSL certificate warning on the appointments page", "Some patients report a certificate warning when booking online.",
            ["The appointments subdomain was missing from the certificate. We reissued it including all subdomains.",
             "Confirmed, the warning is gone. Thank you!"]),
        new(2, "Request a restore of yesterday's files", "A staff member deleted a folder of scanned forms yesterday afternoon. Can you restore it?",
            ["We restored the folder from last night's backup into /restored. Please check it is complete."]),
        new(1, "Change the billing contact", "Please send invoices to our new accounts payable address from next month.",
            ["Updated. Future invoices will go to the new address."]),
        new(5, "Disk usage alert received", "We received an alert that our disk is 85% full. What is using the space?",
            ["Most of it is old log archives. We can rotate them or upgrade the plan; which do you prefer?",
             "Please rotate the logs for now."]),
    ];
}
