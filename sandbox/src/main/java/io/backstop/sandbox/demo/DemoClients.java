package io.backstop.sandbox.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The agency's clients: small and medium Russian businesses, dealt evenly to the three account managers. The same
 * seed always gives the same clients.
 */
public final class DemoClients {

    /** How many clients the demo department serves: 50 per manager. */
    public static final int COUNT = 150;

    /** More names than clients, so that different seeds give somewhat different client lists. */
    static final List<String> NAMES = """
            Romashka LLC
            SeverStroy
            Dental clinic Ulybka
            Avtomir-Service
            Bakery Karavai
            TeploDom
            Okna Plus
            Fitness club Energia
            Beauty salon Lotos
            Vet clinic Aibolit
            StroyMaterialy-Tsentr
            Kids centre Solnyshko
            Furniture factory Uyut
            Law firm Pravo i Delo
            Cafe Samovar
            Hotel Volga
            Flower shop Buket
            Translation bureau Lingva
            Driving school Avtostart
            Medical centre Zdorovye
            Optika Vzglyad
            Pekarnya No. 1
            Tyre service Koleso
            MetallProm
            AgroSnab
            Print shop Pechatny Dvor
            Language school Polyglot
            Transport company Magistral
            Pharmacy Apteka Plus
            Real estate agency Kvartal
            Travel agency Parus
            Cleaning company Chistyi Dom
            Taxi service Vezu
            Dance studio Grace
            Pizzeria Mama Roma
            Sushi bar Sakura
            Toy shop Igrushkin
            ElektroMontazh
            Roofing company Krovlya-Profi
            Security agency Shchit
            Accounting firm Balans
            Photo studio Kadr
            Wedding salon Nevesta
            SantekhMaster
            Coffee roastery Zerno
            Bookshop Chitai-Ka
            Ceramics workshop Glina
            Garden centre Sad i Ogorod
            Pet shop Lapa
            Orthopedic salon Shag
            Fishing shop Ulov
            Water delivery Rodnik
            Computer repair KompService
            Tailoring atelier Igla
            Ski resort Snezhnaya Gorka
            Banya na Ozere
            Car wash Blesk
            Printing house Tipograf
            Granit-M
            VentStroy
            Kitchen studio Aromat
            Dveri Lyuks
            Sports nutrition Protein Pro
            Children's clothes Malysh
            Honey farm Pasika
            Dairy farm Burenka
            Myasnoy Dvor
            Fish market Okean
            Catering Vkusno Vezde
            Event agency Prazdnik
            Hostel Na Nevskom
            Camping Lesnaya Polyana
            Karting club Forsazh
            Bowling club Strike
            Music school Kamerton
            Art studio Palitra
            Psychology centre Garmonia
            Massage studio Relaks
            Nail studio Nogotok
            Barbershop Boroda
            Jewellery workshop Zolotnik
            Watch repair Chasovshchik
            LiftServis
            Architectural bureau Proekt-A
            Interior studio Dekor
            GeoPlan
            Insurance broker Garant
            Credit cooperative Doverie
            ZapchastiOnline
            Truck service GruzAvto
            AgroTekhnika
            Les-Torg
            Brick factory Kirpichny Dvor
            BetonMix
            Paint shop Kraski Mira
            KeramaDom
            Oboi-City
            Lighting shop Svet
            SolntseEnergo
            KotloServis
            Well drilling Burvod
            EkoStok
            Pest control DezServis
            Moving company Pereezd
            Sklad-Box
            Courier service Begom
            Laundry Prachka
            Dry cleaning Belizna
            Shoe repair Kabluchok
            Phone repair Mobil-Doktor
            Klimat-Kontrol
            Swimming pool Delfin
            Yoga studio Prana
            Horse club Mustang
            Boat rental Pristan
            Fishing base Tikhaya Zavod
            Guest house U Mostika
            Restaurant Staryi Gorod
            Stolovaya No. 7
            Confectionery Sladkoezhka
            Chocolate workshop Kakao
            Tea shop Chainaya Lavka
            Wine shop Vinograd
            Brewery Khmel i Solod
            Farm shop Derevenskoye
            EkoLavka
            Spice shop Pryanosti
            Sewing supplies Nitka
            Fabric store Tkani
            Yarn shop Klubok
            Hobby store Samodelkin
            Frame workshop Baget
            Souvenir shop Matryoshka
            Antique shop Starina
            Clinic Medeya
            Diagnostics centre MRT-Ekspert
            Dental clinic Zhemchug
            Eye clinic Zorkiy
            Laboratory Analiz-Plus
            Rehab centre Vozrozhdenie
            Hearing aids Slukh
            Private kindergarten Teremok
            Tutoring centre Znaika
            IT courses Kod
            T-shirt printing Printik
            Sign company Vyveska
            ExpoStend
            UpakovkaTorg
            Office supplies Kantsler
            Ofis-Mebel
            Water filters Chistaya Voda
            GazSnab
            Forklift rental Pogruzchik
            SpetsTekhnika-Arenda
            Lesa-Arenda
            ElektroGen
            SvarkaProf
            Zabor-Master
            Gate automation Vorota
            Zhalyuzi-Lyuks
            Stretch ceilings Potolok
            Staircase workshop Lestnitsa
            Pech-Kamin
            Sauna builders Finskaya Banya
            Greenhouses Teplitsa
            Garden tools Sadovnik
            Vektor LLC
            Alfa-Trade LLC
            Kontinent LLC
            Meridian LLC
            Perspektiva LLC
            Gorizont LLC
            Start LLC
            Ural-Instrument
            Sibirsky Mebelny Dom
            Volga-Avto
            Kuban-Agro
            Baltik-Logistik
            """.strip().lines().map(String::strip).toList();

    private DemoClients() {
    }

    /**
     * {@link #COUNT} clients with unique names; each manager gets exactly a third of them. Each client buys one to
     * four services (most have site support and hosting) and pays the sum of their monthly fees, rounded to 500
     * roubles.
     */
    public static List<DemoClient> generate(long seed) {
        return generate(seed, DemoLanguage.EN);
    }

    /** As {@link #generate(long)}, the same clients named in {@code language} ({@link DemoClientNamesRu}). */
    public static List<DemoClient> generate(long seed, DemoLanguage language) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>(language == DemoLanguage.RU ? DemoClientNamesRu.NAMES : NAMES);
        Collections.shuffle(names, random);
        List<DemoClient> clients = new ArrayList<>(COUNT);
        List<String> managers = DemoDepartment.MANAGERS;
        for (int i = 0; i < COUNT; i++) {
            Set<DemoService> services = services(random);
            int monthly = 0;
            for (DemoService service : services) {
                monthly += service.minMonthlyRoubles()
                        + random.nextInt(service.maxMonthlyRoubles() - service.minMonthlyRoubles() + 1);
            }
            monthly = Math.max(500, Math.round(monthly / 500f) * 500);
            clients.add(new DemoClient(names.get(i), managers.get(i % managers.size()), List.copyOf(services), monthly));
        }
        clients.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return List.copyOf(clients);
    }

    private static Set<DemoService> services(Random random) {
        Set<DemoService> services = EnumSet.noneOf(DemoService.class);
        if (random.nextDouble() < 0.7) {
            services.add(DemoService.SITE_SUPPORT);
        }
        if (random.nextDouble() < 0.4) {
            services.add(DemoService.SEO);
        }
        if (random.nextDouble() < 0.35) {
            services.add(DemoService.YANDEX_DIRECT);
        }
        if (random.nextDouble() < 0.12) {
            services.add(DemoService.DEVELOPMENT);
        }
        if (random.nextDouble() < 0.6) {
            services.add(DemoService.HOSTING);
        }
        if (services.isEmpty() || services.equals(EnumSet.of(DemoService.HOSTING))) {
            // Nobody keeps an account manager for hosting alone.
            services.add(DemoService.SITE_SUPPORT);
        }
        return services;
    }
}
