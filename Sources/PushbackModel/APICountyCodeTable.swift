// GENERATED FILE - DO NOT EDIT BY HAND.
// Source: scripts/data/api_county_codes.csv (4433 rows).
// Regenerate with: python3 scripts/generate_api_county_codes.py

/// The US API well number (US Well Number) state and county code table, embedded as text.
///
/// An API number is `SS-CCC-UUUUU[-DD[-EE]]`. `SS` is the API state code (the 1952
/// alphabetical scheme of API Bulletin D12A, not FIPS) or an offshore area (55, 56, 60, 61);
/// `CCC` is the county code, which is the Census FIPS county code in most states, plus the
/// API-only codes for offshore waters, Great Lakes, Kern County's second code 030, and
/// Alaska's quadrangle codes. `scripts/data/README.md` says where every part comes from
/// (Census county list shipped in the PyPI package addfips 0.4.2, and the state/county list
/// of SkyTruth's FracFocus scraper) and what is known to be unverified.
///
/// Generated from `scripts/data/api_county_codes.csv` by
/// `scripts/generate_api_county_codes.py`. Do not edit by hand; edit the CSV and rerun
/// the script.
enum APICountyCodeTable {
    /// One row per line, no header line. Columns: `state_code,state,county_code,county,note`.
    /// Sorted by state code, then county code; each (state code, county code) pair is unique.
    /// No field contains a comma, a quote or a backslash, so a line splits on `,` into
    /// exactly five fields. `note` is empty for plain rows (a Census FIPS county code that
    /// the API list also carries); otherwise it is a short reason: why the row is there,
    /// or what about it is unverified.
    static let csv = """
01,Alabama,001,Autauga,
01,Alabama,003,Baldwin,
01,Alabama,005,Barbour,
01,Alabama,007,Bibb,
01,Alabama,009,Blount,
01,Alabama,011,Bullock,
01,Alabama,013,Butler,
01,Alabama,015,Calhoun,
01,Alabama,017,Chambers,
01,Alabama,019,Cherokee,
01,Alabama,021,Chilton,
01,Alabama,023,Choctaw,
01,Alabama,025,Clarke,
01,Alabama,027,Clay,
01,Alabama,029,Cleburne,
01,Alabama,031,Coffee,
01,Alabama,033,Colbert,
01,Alabama,035,Conecuh,
01,Alabama,037,Coosa,
01,Alabama,039,Covington,
01,Alabama,041,Crenshaw,
01,Alabama,043,Cullman,
01,Alabama,045,Dale,
01,Alabama,047,Dallas,
01,Alabama,049,DeKalb,
01,Alabama,051,Elmore,
01,Alabama,053,Escambia,
01,Alabama,055,Etowah,
01,Alabama,057,Fayette,
01,Alabama,059,Franklin,
01,Alabama,061,Geneva,
01,Alabama,063,Greene,
01,Alabama,065,Hale,
01,Alabama,067,Henry,
01,Alabama,069,Houston,
01,Alabama,071,Jackson,
01,Alabama,073,Jefferson,
01,Alabama,075,Lamar,
01,Alabama,077,Lauderdale,
01,Alabama,079,Lawrence,
01,Alabama,081,Lee,
01,Alabama,083,Limestone,
01,Alabama,085,Lowndes,
01,Alabama,087,Macon,
01,Alabama,089,Madison,
01,Alabama,091,Marengo,
01,Alabama,093,Marion,
01,Alabama,095,Marshall,
01,Alabama,097,Mobile,
01,Alabama,099,Monroe,
01,Alabama,101,Montgomery,
01,Alabama,103,Morgan,
01,Alabama,105,Perry,
01,Alabama,107,Pickens,
01,Alabama,109,Pike,
01,Alabama,111,Randolph,
01,Alabama,113,Russell,
01,Alabama,115,St. Clair,
01,Alabama,117,Shelby,
01,Alabama,119,Sumter,
01,Alabama,121,Talladega,
01,Alabama,123,Tallapoosa,
01,Alabama,125,Tuscaloosa,
01,Alabama,127,Walker,
01,Alabama,129,Washington,
01,Alabama,131,Wilcox,
01,Alabama,133,Winston,
01,Alabama,203,Baldwin Offshore,offshore state waters: 200 + 003 (Baldwin)
01,Alabama,297,Mobile Offshore,offshore state waters: 200 + 097 (Mobile)
02,Arizona,001,Apache,
02,Arizona,003,Cochise,
02,Arizona,005,Coconino,
02,Arizona,007,Gila,
02,Arizona,009,Graham,
02,Arizona,011,Greenlee,
02,Arizona,012,La Paz,even code: county created 1983
02,Arizona,013,Maricopa,
02,Arizona,015,Mohave,
02,Arizona,017,Navajo,
02,Arizona,019,Pima,
02,Arizona,021,Pinal,
02,Arizona,023,Santa Cruz,
02,Arizona,025,Yavapai,
02,Arizona,027,Yuma,
03,Arkansas,001,Arkansas,
03,Arkansas,003,Ashley,
03,Arkansas,005,Baxter,
03,Arkansas,007,Benton,
03,Arkansas,009,Boone,
03,Arkansas,011,Bradley,
03,Arkansas,013,Calhoun,
03,Arkansas,015,Carroll,
03,Arkansas,017,Chicot,
03,Arkansas,019,Clark,
03,Arkansas,021,Clay,
03,Arkansas,023,Cleburne,
03,Arkansas,025,Cleveland,
03,Arkansas,027,Columbia,
03,Arkansas,029,Conway,
03,Arkansas,031,Craighead,
03,Arkansas,033,Crawford,
03,Arkansas,035,Crittenden,
03,Arkansas,037,Cross,
03,Arkansas,039,Dallas,
03,Arkansas,041,Desha,
03,Arkansas,043,Drew,
03,Arkansas,045,Faulkner,
03,Arkansas,047,Franklin,
03,Arkansas,049,Fulton,
03,Arkansas,051,Garland,
03,Arkansas,053,Grant,
03,Arkansas,055,Greene,
03,Arkansas,057,Hempstead,
03,Arkansas,059,Hot Spring,
03,Arkansas,061,Howard,
03,Arkansas,063,Independence,
03,Arkansas,065,Izard,
03,Arkansas,067,Jackson,
03,Arkansas,069,Jefferson,
03,Arkansas,071,Johnson,
03,Arkansas,073,Lafayette,
03,Arkansas,075,Lawrence,
03,Arkansas,077,Lee,
03,Arkansas,079,Lincoln,
03,Arkansas,081,Little River,
03,Arkansas,083,Logan,
03,Arkansas,085,Lonoke,
03,Arkansas,087,Madison,
03,Arkansas,089,Marion,
03,Arkansas,091,Miller,
03,Arkansas,093,Mississippi,
03,Arkansas,095,Monroe,
03,Arkansas,097,Montgomery,
03,Arkansas,099,Nevada,
03,Arkansas,101,Newton,
03,Arkansas,103,Ouachita,
03,Arkansas,105,Perry,
03,Arkansas,107,Phillips,
03,Arkansas,109,Pike,
03,Arkansas,111,Poinsett,
03,Arkansas,113,Polk,
03,Arkansas,115,Pope,
03,Arkansas,117,Prairie,
03,Arkansas,119,Pulaski,
03,Arkansas,121,Randolph,
03,Arkansas,123,St. Francis,
03,Arkansas,125,Saline,
03,Arkansas,127,Scott,
03,Arkansas,129,Searcy,
03,Arkansas,131,Sebastian,
03,Arkansas,133,Sevier,
03,Arkansas,135,Sharp,
03,Arkansas,137,Stone,
03,Arkansas,139,Union,
03,Arkansas,141,Van Buren,
03,Arkansas,143,Washington,
03,Arkansas,145,White,
03,Arkansas,147,Woodruff,
03,Arkansas,149,Yell,
04,California,001,Alameda,
04,California,003,Alpine,
04,California,005,Amador,
04,California,007,Butte,
04,California,009,Calaveras,
04,California,011,Colusa,
04,California,013,Contra Costa,
04,California,015,Del Norte,
04,California,017,El Dorado,
04,California,019,Fresno,
04,California,021,Glenn,
04,California,023,Humboldt,
04,California,025,Imperial,
04,California,027,Inyo,
04,California,029,Kern,
04,California,030,Kern,API-only second Kern code (used after 029 ran out of well numbers)
04,California,031,Kings,
04,California,033,Lake,
04,California,035,Lassen,
04,California,037,Los Angeles,
04,California,039,Madera,
04,California,041,Marin,
04,California,043,Mariposa,
04,California,045,Mendocino,
04,California,047,Merced,
04,California,049,Modoc,
04,California,051,Mono,
04,California,053,Monterey,
04,California,055,Napa,
04,California,057,Nevada,
04,California,059,Orange,
04,California,061,Placer,
04,California,063,Plumas,
04,California,065,Riverside,
04,California,067,Sacramento,
04,California,069,San Benito,
04,California,071,San Bernardino,
04,California,073,San Diego,
04,California,075,San Francisco,
04,California,077,San Joaquin,
04,California,079,San Luis Obispo,
04,California,081,San Mateo,
04,California,083,Santa Barbara,
04,California,085,Santa Clara,
04,California,087,Santa Cruz,
04,California,089,Shasta,
04,California,091,Sierra,
04,California,093,Siskiyou,
04,California,095,Solano,
04,California,097,Sonoma,
04,California,099,Stanislaus,
04,California,101,Sutter,
04,California,103,Tehama,
04,California,105,Trinity,
04,California,107,Tulare,
04,California,109,Tuolumne,
04,California,111,Ventura,
04,California,113,Yolo,
04,California,115,Yuba,
04,California,116,Anacapa Island,offshore island (API list only)
04,California,118,San Clemente Island,offshore island (API list only)
04,California,120,San Miguel Island,offshore island (API list only)
04,California,122,San Nicolas Island,offshore island (API list only)
04,California,124,Santa Barbara Island,offshore island (API list only)
04,California,126,Santa Catalina Island,offshore island (API list only)
04,California,128,Santa Cruz Island,offshore island (API list only)
04,California,130,Santa Rosa Island,offshore island (API list only)
04,California,201,Alameda Offshore,offshore state waters: 200 + 001 (Alameda)
04,California,211,Ventura Offshore,offshore state waters: 100 + 111 (Ventura)
04,California,213,Contra Costa Offshore,offshore state waters: 200 + 013 (Contra Costa)
04,California,215,Del Norte Offshore,offshore state waters: 200 + 015 (Del Norte)
04,California,216,Anacapa Island Offshore,offshore waters around Anacapa Island: 100 + 116
04,California,218,San Clemente Island Offshore,offshore waters around San Clemente Island: 100 + 118
04,California,220,San Miguel Island Offshore,offshore waters around San Miguel Island: 100 + 120
04,California,222,San Nicolas Island Offshore,offshore waters around San Nicolas Island: 100 + 122
04,California,223,Humboldt Offshore,offshore state waters: 200 + 023 (Humboldt); listed as 'Humboldt Island Offshore'
04,California,224,Santa Barbara Island Offshore,offshore waters around Santa Barbara Island: 100 + 124
04,California,226,Santa Catalina Island Offshore,offshore waters around Santa Catalina Island: 100 + 126
04,California,228,Santa Cruz Island Offshore,offshore waters around Santa Cruz Island: 100 + 128
04,California,230,Santa Rosa Island Offshore,offshore waters around Santa Rosa Island: 100 + 130
04,California,237,Los Angeles Offshore,offshore state waters: 200 + 037 (Los Angeles)
04,California,241,Marin Offshore,offshore state waters: 200 + 041 (Marin)
04,California,245,Mendocino Offshore,offshore state waters: 200 + 045 (Mendocino)
04,California,253,Monterey Offshore,offshore state waters: 200 + 053 (Monterey)
04,California,255,Napa Offshore,offshore state waters: 200 + 055 (Napa)
04,California,259,Orange Offshore,offshore state waters: 200 + 059 (Orange)
04,California,273,San Diego Offshore,offshore state waters: 200 + 073 (San Diego)
04,California,275,San Francisco Offshore,offshore state waters: 200 + 075 (San Francisco)
04,California,279,San Luis Obispo Offshore,offshore state waters: 200 + 079 (San Luis Obispo)
04,California,281,San Mateo Offshore,offshore state waters: 200 + 081 (San Mateo)
04,California,283,Santa Barbara Offshore,offshore state waters: 200 + 083 (Santa Barbara)
04,California,287,Santa Cruz Offshore,offshore state waters: 200 + 087 (Santa Cruz)
04,California,295,Solano Offshore,offshore state waters: 200 + 095 (Solano)
04,California,297,Sonoma Offshore,offshore state waters: 200 + 097 (Sonoma)
04,California,305,Eureka Zone 1,offshore zone/area (API list only)
04,California,307,Point Arena Zone 2,offshore zone/area (API list only)
04,California,308,San Francisco Zone 3,offshore zone/area (API list only)
04,California,309,Carmel Zone 4,offshore zone/area (API list only)
04,California,310,Morro Bay,offshore zone/area (API list only)
04,California,311,Santa Cruz Area,offshore zone/area (API list only)
04,California,312,Santa Catalina Area,offshore zone/area (API list only)
04,California,313,San Nicolas Area,offshore zone/area (API list only)
05,Colorado,001,Adams,
05,Colorado,003,Alamosa,
05,Colorado,005,Arapahoe,
05,Colorado,007,Archuleta,
05,Colorado,009,Baca,
05,Colorado,011,Bent,
05,Colorado,013,Boulder,
05,Colorado,014,Broomfield,even code: county created 2001
05,Colorado,015,Chaffee,
05,Colorado,017,Cheyenne,
05,Colorado,019,Clear Creek,
05,Colorado,021,Conejos,
05,Colorado,023,Costilla,
05,Colorado,025,Crowley,
05,Colorado,027,Custer,
05,Colorado,029,Delta,
05,Colorado,031,Denver,
05,Colorado,033,Dolores,
05,Colorado,035,Douglas,
05,Colorado,037,Eagle,
05,Colorado,039,Elbert,
05,Colorado,041,El Paso,
05,Colorado,043,Fremont,
05,Colorado,045,Garfield,
05,Colorado,047,Gilpin,
05,Colorado,049,Grand,
05,Colorado,051,Gunnison,
05,Colorado,053,Hinsdale,
05,Colorado,055,Huerfano,
05,Colorado,057,Jackson,
05,Colorado,059,Jefferson,
05,Colorado,061,Kiowa,
05,Colorado,063,Kit Carson,
05,Colorado,065,Lake,
05,Colorado,067,La Plata,
05,Colorado,069,Larimer,
05,Colorado,071,Las Animas,
05,Colorado,073,Lincoln,
05,Colorado,075,Logan,
05,Colorado,077,Mesa,
05,Colorado,079,Mineral,
05,Colorado,081,Moffat,
05,Colorado,083,Montezuma,
05,Colorado,085,Montrose,
05,Colorado,087,Morgan,
05,Colorado,089,Otero,
05,Colorado,091,Ouray,
05,Colorado,093,Park,
05,Colorado,095,Phillips,
05,Colorado,097,Pitkin,
05,Colorado,099,Prowers,
05,Colorado,101,Pueblo,
05,Colorado,103,Rio Blanco,
05,Colorado,105,Rio Grande,
05,Colorado,107,Routt,
05,Colorado,109,Saguache,
05,Colorado,111,San Juan,
05,Colorado,113,San Miguel,
05,Colorado,115,Sedgwick,
05,Colorado,117,Summit,
05,Colorado,119,Teller,
05,Colorado,121,Washington,
05,Colorado,123,Weld,
05,Colorado,125,Yuma,
06,Connecticut,001,Fairfield,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,003,Hartford,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,005,Litchfield,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,007,Middlesex,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,009,New Haven,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,011,New London,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,013,Tolland,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,015,Windham,pre-2022 county (API numbers predate CT planning regions)
06,Connecticut,201,Fairfield Offshore,offshore state waters: 200 + 001 (Fairfield)
06,Connecticut,207,Middlesex Offshore,offshore state waters: 200 + 007 (Middlesex)
06,Connecticut,209,New Haven Offshore,offshore state waters: 200 + 009 (New Haven)
06,Connecticut,211,New London Offshore,offshore state waters: 200 + 011 (New London)
07,Delaware,001,Kent,
07,Delaware,003,New Castle,
07,Delaware,005,Sussex,
07,Delaware,119,Salisbury,offshore area named after an Atlantic map sheet (API list only)
07,Delaware,126,Wilmington Canyon,offshore area named after an Atlantic map sheet (API list only)
07,Delaware,205,Sussex Offshore,offshore state waters: 200 + 005 (Sussex)
08,District of Columbia,001,District of Columbia,
09,Florida,001,Alachua,
09,Florida,002,Bahamas,offshore area named after an Atlantic map sheet (API list only)
09,Florida,003,Baker,
09,Florida,005,Bay,
09,Florida,007,Bradford,
09,Florida,009,Brevard,
09,Florida,011,Broward,
09,Florida,013,Calhoun,
09,Florida,015,Charlotte,
09,Florida,017,Citrus,
09,Florida,019,Clay,
09,Florida,021,Collier,
09,Florida,023,Columbia,
09,Florida,025,Dade,API list code = FIPS until 1997 (Miami-Dade is now FIPS 086)
09,Florida,027,DeSoto,
09,Florida,029,Dixie,
09,Florida,031,Duval,
09,Florida,033,Escambia,
09,Florida,035,Flagler,
09,Florida,037,Franklin,
09,Florida,038,Ft Pierce,offshore area named after an Atlantic map sheet (API list only)
09,Florida,039,Gadsden,
09,Florida,041,Gilchrist,
09,Florida,043,Glades,
09,Florida,045,Gulf,
09,Florida,047,Hamilton,
09,Florida,049,Hardee,
09,Florida,051,Hendry,
09,Florida,053,Hernando,
09,Florida,055,Highlands,
09,Florida,057,Hillsborough,
09,Florida,059,Holmes,
09,Florida,061,Indian River,
09,Florida,063,Jackson,
09,Florida,065,Jefferson,
09,Florida,067,Lafayette,
09,Florida,069,Lake,
09,Florida,071,Lee,
09,Florida,073,Leon,
09,Florida,075,Levy,
09,Florida,077,Liberty,
09,Florida,079,Madison,
09,Florida,081,Manatee,
09,Florida,083,Marion,
09,Florida,085,Martin,
09,Florida,086,Miami-Dade,FIPS code since 1997; API list keeps 025 (Dade) - unverified in API numbers
09,Florida,087,Monroe,
09,Florida,089,Nassau,
09,Florida,091,Okaloosa,
09,Florida,093,Okeechobee,
09,Florida,095,Orange,
09,Florida,097,Osceola,
09,Florida,099,Palm Beach,
09,Florida,101,Pasco,
09,Florida,103,Pinellas,
09,Florida,105,Polk,
09,Florida,107,Putnam,
09,Florida,109,St. Johns,
09,Florida,111,St. Lucie,
09,Florida,113,Santa Rosa,
09,Florida,115,Sarasota,
09,Florida,117,Seminole,
09,Florida,119,Sumter,
09,Florida,121,Suwannee,
09,Florida,123,Taylor,
09,Florida,125,Union,
09,Florida,127,Volusia,
09,Florida,129,Wakulla,
09,Florida,131,Walton,
09,Florida,133,Washington,
09,Florida,205,Bay Offshore,offshore state waters: 200 + 005 (Bay)
09,Florida,209,Brevard Offshore,offshore state waters: 200 + 009 (Brevard)
09,Florida,211,Broward Offshore,offshore state waters: 200 + 011 (Broward)
09,Florida,215,Charlotte Offshore,offshore state waters: 200 + 015 (Charlotte)
09,Florida,217,Citrus Offshore,offshore state waters: 200 + 017 (Citrus)
09,Florida,221,Collier Offshore,offshore state waters: 200 + 021 (Collier)
09,Florida,225,Dade Offshore,offshore state waters: 200 + 025 (Dade)
09,Florida,229,Dixie Offshore,offshore state waters: 200 + 029 (Dixie)
09,Florida,231,Duval Offshore,offshore state waters: 200 + 031 (Duval)
09,Florida,233,Escambia Offshore,offshore state waters: 200 + 033 (Escambia)
09,Florida,235,Flagler Offshore,offshore state waters: 200 + 035 (Flagler)
09,Florida,237,Franklin Offshore,offshore state waters: 200 + 037 (Franklin)
09,Florida,245,Gulf Offshore,offshore state waters: 200 + 045 (Gulf)
09,Florida,253,Hernando Offshore,offshore state waters: 200 + 053 (Hernando)
09,Florida,257,Hillsborough Offshore,offshore state waters: 200 + 057 (Hillsborough)
09,Florida,261,Indian River Offshore,offshore state waters: 200 + 061 (Indian River)
09,Florida,265,Jefferson Offshore,offshore state waters: 200 + 065 (Jefferson)
09,Florida,271,Lee Offshore,offshore state waters: 200 + 071 (Lee)
09,Florida,275,Levy Offshore,offshore state waters: 200 + 075 (Levy)
09,Florida,281,Manatee Offshore,offshore state waters: 200 + 081 (Manatee)
09,Florida,285,Martin Offshore,offshore state waters: 200 + 085 (Martin)
09,Florida,287,Monroe Offshore,offshore state waters: 200 + 087 (Monroe)
09,Florida,289,Nassau Offshore,offshore state waters: 200 + 089 (Nassau)
09,Florida,291,Okaloosa Offshore,offshore state waters: 200 + 091 (Okaloosa)
09,Florida,299,Palm Beach Offshore,offshore state waters: 200 + 099 (Palm Beach)
09,Florida,301,Pasco Offshore,offshore state waters: 200 + 101 (Pasco)
09,Florida,303,Pinellas Offshore,offshore state waters: 200 + 103 (Pinellas)
09,Florida,309,St. Johns Offshore,offshore state waters: 200 + 109 (St. Johns)
09,Florida,311,St. Lucie Offshore,offshore state waters: 200 + 111 (St. Lucie)
09,Florida,313,Santa Rosa Offshore,offshore state waters: 200 + 113 (Santa Rosa)
09,Florida,315,Sarasota Offshore,offshore state waters: 200 + 115 (Sarasota)
09,Florida,322,Orlando,offshore area named after an Atlantic map sheet (API list only)
09,Florida,323,Taylor Offshore,offshore state waters: 200 + 123 (Taylor)
09,Florida,324,Walker Cay,offshore area named after an Atlantic map sheet (API list only)
09,Florida,327,Volusia Offshore,offshore state waters: 200 + 127 (Volusia)
09,Florida,329,Wakulla Offshore,offshore state waters: 200 + 129 (Wakulla)
09,Florida,330,Bimini,offshore area named after an Atlantic map sheet (API list only)
09,Florida,331,Walton Offshore,offshore state waters: 200 + 131 (Walton)
09,Florida,336,Daytona Beach,offshore area named after an Atlantic map sheet (API list only)
09,Florida,341,Jacksonville,offshore area named after an Atlantic map sheet (API list only)
09,Florida,344,Stetson Mesa,offshore area named after an Atlantic map sheet (API list only)
09,Florida,346,Marquesas,offshore area named after an Atlantic map sheet (API list only)
10,Georgia,001,Appling,
10,Georgia,003,Atkinson,
10,Georgia,005,Bacon,
10,Georgia,007,Baker,
10,Georgia,009,Baldwin,
10,Georgia,011,Banks,
10,Georgia,013,Barrow,
10,Georgia,015,Bartow,
10,Georgia,017,Ben Hill,
10,Georgia,019,Berrien,
10,Georgia,021,Bibb,
10,Georgia,023,Bleckley,
10,Georgia,025,Brantley,
10,Georgia,027,Brooks,
10,Georgia,028,Brunswick,offshore area named after an Atlantic map sheet (API list only)
10,Georgia,029,Bryan,
10,Georgia,031,Bulloch,
10,Georgia,033,Burke,
10,Georgia,035,Butts,
10,Georgia,037,Calhoun,
10,Georgia,039,Camden,
10,Georgia,043,Candler,
10,Georgia,045,Carroll,
10,Georgia,047,Catoosa,
10,Georgia,049,Charlton,
10,Georgia,051,Chatham,
10,Georgia,053,Chattahoochee,
10,Georgia,055,Chattooga,
10,Georgia,057,Cherokee,
10,Georgia,059,Clarke,
10,Georgia,061,Clay,
10,Georgia,063,Clayton,
10,Georgia,065,Clinch,
10,Georgia,067,Cobb,
10,Georgia,069,Coffee,
10,Georgia,071,Colquitt,
10,Georgia,073,Columbia,
10,Georgia,075,Cook,
10,Georgia,077,Coweta,
10,Georgia,079,Crawford,
10,Georgia,081,Crisp,
10,Georgia,083,Dade,
10,Georgia,085,Dawson,
10,Georgia,087,Decatur,
10,Georgia,089,DeKalb,
10,Georgia,091,Dodge,
10,Georgia,093,Dooly,
10,Georgia,095,Dougherty,
10,Georgia,097,Douglas,
10,Georgia,099,Early,
10,Georgia,101,Echols,
10,Georgia,102,Savannah,offshore area named after an Atlantic map sheet (API list only)
10,Georgia,103,Effingham,
10,Georgia,105,Elbert,
10,Georgia,107,Emanuel,
10,Georgia,109,Evans,
10,Georgia,111,Fannin,
10,Georgia,113,Fayette,
10,Georgia,115,Floyd,
10,Georgia,117,Forsyth,
10,Georgia,119,Franklin,
10,Georgia,121,Fulton,
10,Georgia,123,Gilmer,
10,Georgia,125,Glascock,
10,Georgia,127,Glynn,
10,Georgia,129,Gordon,
10,Georgia,131,Grady,
10,Georgia,133,Greene,
10,Georgia,135,Gwinnett,
10,Georgia,137,Habersham,
10,Georgia,139,Hall,
10,Georgia,141,Hancock,
10,Georgia,143,Haralson,
10,Georgia,145,Harris,
10,Georgia,147,Hart,
10,Georgia,149,Heard,
10,Georgia,151,Henry,
10,Georgia,153,Houston,
10,Georgia,155,Irwin,
10,Georgia,157,Jackson,
10,Georgia,159,Jasper,
10,Georgia,161,Jeff Davis,
10,Georgia,163,Jefferson,
10,Georgia,165,Jenkins,
10,Georgia,167,Johnson,
10,Georgia,169,Jones,
10,Georgia,171,Lamar,
10,Georgia,173,Lanier,
10,Georgia,175,Laurens,
10,Georgia,177,Lee,
10,Georgia,179,Liberty,
10,Georgia,181,Lincoln,
10,Georgia,183,Long,
10,Georgia,185,Lowndes,
10,Georgia,187,Lumpkin,
10,Georgia,189,McDuffie,
10,Georgia,191,McIntosh,
10,Georgia,193,Macon,
10,Georgia,195,Madison,
10,Georgia,197,Marion,
10,Georgia,199,Meriwether,
10,Georgia,201,Miller,
10,Georgia,205,Mitchell,
10,Georgia,207,Monroe,
10,Georgia,209,Montgomery,
10,Georgia,211,Morgan,
10,Georgia,213,Murray,
10,Georgia,215,Muscogee,
10,Georgia,217,Newton,
10,Georgia,219,Oconee,
10,Georgia,221,Oglethorpe,
10,Georgia,223,Paulding,
10,Georgia,225,Peach,
10,Georgia,227,Pickens,
10,Georgia,229,Pierce,
10,Georgia,231,Pike,
10,Georgia,233,Polk,
10,Georgia,235,Pulaski,
10,Georgia,237,Putnam,
10,Georgia,239,Quitman,
10,Georgia,241,Rabun,
10,Georgia,243,Randolph,
10,Georgia,245,Richmond,
10,Georgia,247,Rockdale,
10,Georgia,249,Schley,
10,Georgia,251,Screven,
10,Georgia,253,Seminole,
10,Georgia,255,Spalding,
10,Georgia,257,Stephens,
10,Georgia,259,Stewart,
10,Georgia,261,Sumter,
10,Georgia,263,Talbot,
10,Georgia,265,Taliaferro,
10,Georgia,267,Tattnall,
10,Georgia,269,Taylor,
10,Georgia,271,Telfair,
10,Georgia,273,Terrell,
10,Georgia,275,Thomas,
10,Georgia,277,Tift,
10,Georgia,279,Toombs,
10,Georgia,281,Towns,
10,Georgia,283,Treutlen,
10,Georgia,285,Troup,
10,Georgia,287,Turner,
10,Georgia,289,Twiggs,
10,Georgia,291,Union,
10,Georgia,293,Upson,
10,Georgia,295,Walker,
10,Georgia,297,Walton,
10,Georgia,299,Ware,
10,Georgia,301,Warren,
10,Georgia,303,Washington,
10,Georgia,305,Wayne,
10,Georgia,307,Webster,
10,Georgia,309,Wheeler,
10,Georgia,311,White,
10,Georgia,313,Whitfield,
10,Georgia,315,Wilcox,
10,Georgia,317,Wilkes,
10,Georgia,319,Wilkinson,
10,Georgia,321,Worth,
10,Georgia,329,Bryan Offshore,offshore state waters: 300 + 029 (Bryan)
10,Georgia,339,Camden Offshore,offshore state waters: 300 + 039 (Camden)
10,Georgia,351,Chatham Offshore,offshore state waters: 300 + 051 (Chatham)
10,Georgia,427,Glynn Offshore,offshore state waters: 300 + 127 (Glynn)
10,Georgia,479,Liberty Offshore,offshore state waters: 300 + 179 (Liberty)
10,Georgia,491,McIntosh Offshore,offshore state waters: 300 + 191 (McIntosh)
11,Idaho,001,Ada,
11,Idaho,003,Adams,
11,Idaho,005,Bannock,
11,Idaho,007,Bear Lake,
11,Idaho,009,Benewah,
11,Idaho,011,Bingham,
11,Idaho,013,Blaine,
11,Idaho,015,Boise,
11,Idaho,017,Bonner,
11,Idaho,019,Bonneville,
11,Idaho,021,Boundary,
11,Idaho,023,Butte,
11,Idaho,025,Camas,
11,Idaho,027,Canyon,
11,Idaho,029,Caribou,
11,Idaho,031,Cassia,
11,Idaho,033,Clark,
11,Idaho,035,Clearwater,
11,Idaho,037,Custer,
11,Idaho,039,Elmore,
11,Idaho,041,Franklin,
11,Idaho,043,Fremont,
11,Idaho,045,Gem,
11,Idaho,047,Gooding,
11,Idaho,049,Idaho,
11,Idaho,051,Jefferson,
11,Idaho,053,Jerome,
11,Idaho,055,Kootenai,
11,Idaho,057,Latah,
11,Idaho,059,Lemhi,
11,Idaho,061,Lewis,
11,Idaho,063,Lincoln,
11,Idaho,065,Madison,
11,Idaho,067,Minidoka,
11,Idaho,069,Nez Perce,
11,Idaho,071,Oneida,
11,Idaho,073,Owyhee,
11,Idaho,075,Payette,
11,Idaho,077,Power,
11,Idaho,079,Shoshone,
11,Idaho,081,Teton,
11,Idaho,083,Twin Falls,
11,Idaho,085,Valley,
11,Idaho,087,Washington,
11,Idaho,089,Yellowstone National Park,Yellowstone National Park (API list only)
12,Illinois,001,Adams,
12,Illinois,003,Alexander,
12,Illinois,005,Bond,
12,Illinois,007,Boone,
12,Illinois,009,Brown,
12,Illinois,011,Bureau,
12,Illinois,013,Calhoun,
12,Illinois,015,Carroll,
12,Illinois,017,Cass,
12,Illinois,019,Champaign,
12,Illinois,021,Christian,
12,Illinois,023,Clark,
12,Illinois,025,Clay,
12,Illinois,027,Clinton,
12,Illinois,029,Coles,
12,Illinois,031,Cook,
12,Illinois,033,Crawford,
12,Illinois,035,Cumberland,
12,Illinois,037,DeKalb,
12,Illinois,039,De Witt,
12,Illinois,041,Douglas,
12,Illinois,043,DuPage,
12,Illinois,045,Edgar,
12,Illinois,047,Edwards,
12,Illinois,049,Effingham,
12,Illinois,051,Fayette,
12,Illinois,053,Ford,
12,Illinois,055,Franklin,
12,Illinois,057,Fulton,
12,Illinois,059,Gallatin,
12,Illinois,061,Greene,
12,Illinois,063,Grundy,
12,Illinois,065,Hamilton,
12,Illinois,067,Hancock,
12,Illinois,069,Hardin,
12,Illinois,071,Henderson,
12,Illinois,073,Henry,
12,Illinois,075,Iroquois,
12,Illinois,077,Jackson,
12,Illinois,079,Jasper,
12,Illinois,081,Jefferson,
12,Illinois,083,Jersey,
12,Illinois,085,Jo Daviess,
12,Illinois,087,Johnson,
12,Illinois,089,Kane,
12,Illinois,091,Kankakee,
12,Illinois,093,Kendall,
12,Illinois,095,Knox,
12,Illinois,097,Lake,
12,Illinois,099,LaSalle,
12,Illinois,101,Lawrence,
12,Illinois,103,Lee,
12,Illinois,105,Livingston,
12,Illinois,107,Logan,
12,Illinois,109,McDonough,
12,Illinois,111,McHenry,
12,Illinois,113,McLean,
12,Illinois,115,Macon,
12,Illinois,117,Macoupin,
12,Illinois,119,Madison,
12,Illinois,121,Marion,
12,Illinois,123,Marshall,
12,Illinois,125,Mason,
12,Illinois,127,Massac,
12,Illinois,129,Menard,
12,Illinois,131,Mercer,
12,Illinois,133,Monroe,
12,Illinois,135,Montgomery,
12,Illinois,137,Morgan,
12,Illinois,139,Moultrie,
12,Illinois,141,Ogle,
12,Illinois,143,Peoria,
12,Illinois,145,Perry,
12,Illinois,147,Piatt,
12,Illinois,149,Pike,
12,Illinois,151,Pope,
12,Illinois,153,Pulaski,
12,Illinois,155,Putnam,
12,Illinois,157,Randolph,
12,Illinois,159,Richland,
12,Illinois,161,Rock Island,
12,Illinois,163,St. Clair,
12,Illinois,165,Saline,
12,Illinois,167,Sangamon,
12,Illinois,169,Schuyler,
12,Illinois,171,Scott,
12,Illinois,173,Shelby,
12,Illinois,175,Stark,
12,Illinois,177,Stephenson,
12,Illinois,179,Tazewell,
12,Illinois,181,Union,
12,Illinois,183,Vermilion,
12,Illinois,185,Wabash,
12,Illinois,187,Warren,
12,Illinois,189,Washington,
12,Illinois,191,Wayne,
12,Illinois,193,White,
12,Illinois,195,Whiteside,
12,Illinois,197,Will,
12,Illinois,199,Williamson,
12,Illinois,201,Winnebago,
12,Illinois,203,Woodford,
12,Illinois,512,Lake Michigan,Great Lakes waters (API list only)
13,Indiana,001,Adams,
13,Indiana,003,Allen,
13,Indiana,005,Bartholomew,
13,Indiana,007,Benton,
13,Indiana,009,Blackford,
13,Indiana,011,Boone,
13,Indiana,013,Brown,
13,Indiana,015,Carroll,
13,Indiana,017,Cass,
13,Indiana,019,Clark,
13,Indiana,021,Clay,
13,Indiana,023,Clinton,
13,Indiana,025,Crawford,
13,Indiana,027,Daviess,
13,Indiana,029,Dearborn,
13,Indiana,031,Decatur,
13,Indiana,033,DeKalb,
13,Indiana,035,Delaware,
13,Indiana,037,Dubois,
13,Indiana,039,Elkhart,
13,Indiana,041,Fayette,
13,Indiana,043,Floyd,
13,Indiana,045,Fountain,
13,Indiana,047,Franklin,
13,Indiana,049,Fulton,
13,Indiana,051,Gibson,
13,Indiana,053,Grant,
13,Indiana,055,Greene,
13,Indiana,057,Hamilton,
13,Indiana,059,Hancock,
13,Indiana,061,Harrison,
13,Indiana,063,Hendricks,
13,Indiana,065,Henry,
13,Indiana,067,Howard,
13,Indiana,069,Huntington,
13,Indiana,071,Jackson,
13,Indiana,073,Jasper,
13,Indiana,075,Jay,
13,Indiana,077,Jefferson,
13,Indiana,079,Jennings,
13,Indiana,081,Johnson,
13,Indiana,083,Knox,
13,Indiana,085,Kosciusko,
13,Indiana,087,LaGrange,
13,Indiana,089,Lake,
13,Indiana,091,LaPorte,
13,Indiana,093,Lawrence,
13,Indiana,095,Madison,
13,Indiana,097,Marion,
13,Indiana,099,Marshall,
13,Indiana,101,Martin,
13,Indiana,103,Miami,
13,Indiana,105,Monroe,
13,Indiana,107,Montgomery,
13,Indiana,109,Morgan,
13,Indiana,111,Newton,
13,Indiana,113,Noble,
13,Indiana,115,Ohio,
13,Indiana,117,Orange,
13,Indiana,119,Owen,
13,Indiana,121,Parke,
13,Indiana,123,Perry,
13,Indiana,125,Pike,
13,Indiana,127,Porter,
13,Indiana,129,Posey,
13,Indiana,131,Pulaski,
13,Indiana,133,Putnam,
13,Indiana,135,Randolph,
13,Indiana,137,Ripley,
13,Indiana,139,Rush,
13,Indiana,141,St. Joseph,
13,Indiana,143,Scott,
13,Indiana,145,Shelby,
13,Indiana,147,Spencer,
13,Indiana,149,Starke,
13,Indiana,151,Steuben,
13,Indiana,153,Sullivan,
13,Indiana,155,Switzerland,
13,Indiana,157,Tippecanoe,
13,Indiana,159,Tipton,
13,Indiana,161,Union,
13,Indiana,163,Vanderburgh,
13,Indiana,165,Vermillion,
13,Indiana,167,Vigo,
13,Indiana,169,Wabash,
13,Indiana,171,Warren,
13,Indiana,173,Warrick,
13,Indiana,175,Washington,
13,Indiana,177,Wayne,
13,Indiana,179,Wells,
13,Indiana,181,White,
13,Indiana,183,Whitley,
13,Indiana,513,Lake Michigan,Great Lakes waters (API list only)
14,Iowa,001,Adair,
14,Iowa,003,Adams,
14,Iowa,005,Allamakee,
14,Iowa,007,Appanoose,
14,Iowa,009,Audubon,
14,Iowa,011,Benton,
14,Iowa,013,Black Hawk,
14,Iowa,015,Boone,
14,Iowa,017,Bremer,
14,Iowa,019,Buchanan,
14,Iowa,021,Buena Vista,
14,Iowa,023,Butler,
14,Iowa,025,Calhoun,
14,Iowa,027,Carroll,
14,Iowa,029,Cass,
14,Iowa,031,Cedar,
14,Iowa,033,Cerro Gordo,
14,Iowa,035,Cherokee,
14,Iowa,037,Chickasaw,
14,Iowa,039,Clarke,
14,Iowa,041,Clay,
14,Iowa,043,Clayton,
14,Iowa,045,Clinton,
14,Iowa,047,Crawford,
14,Iowa,049,Dallas,
14,Iowa,051,Davis,
14,Iowa,053,Decatur,
14,Iowa,055,Delaware,
14,Iowa,057,Des Moines,
14,Iowa,059,Dickinson,
14,Iowa,061,Dubuque,
14,Iowa,063,Emmet,
14,Iowa,065,Fayette,
14,Iowa,067,Floyd,
14,Iowa,069,Franklin,
14,Iowa,071,Fremont,
14,Iowa,073,Greene,
14,Iowa,075,Grundy,
14,Iowa,077,Guthrie,
14,Iowa,079,Hamilton,
14,Iowa,081,Hancock,
14,Iowa,083,Hardin,
14,Iowa,085,Harrison,
14,Iowa,087,Henry,
14,Iowa,089,Howard,
14,Iowa,091,Humboldt,
14,Iowa,093,Ida,
14,Iowa,095,Iowa,
14,Iowa,097,Jackson,
14,Iowa,099,Jasper,
14,Iowa,101,Jefferson,
14,Iowa,103,Johnson,
14,Iowa,105,Jones,
14,Iowa,107,Keokuk,
14,Iowa,109,Kossuth,
14,Iowa,111,Lee,
14,Iowa,113,Linn,
14,Iowa,115,Louisa,
14,Iowa,117,Lucas,
14,Iowa,119,Lyon,
14,Iowa,121,Madison,
14,Iowa,123,Mahaska,
14,Iowa,125,Marion,
14,Iowa,127,Marshall,
14,Iowa,129,Mills,
14,Iowa,131,Mitchell,
14,Iowa,133,Monona,
14,Iowa,135,Monroe,
14,Iowa,137,Montgomery,
14,Iowa,139,Muscatine,
14,Iowa,141,O'Brien,
14,Iowa,143,Osceola,
14,Iowa,145,Page,
14,Iowa,147,Palo Alto,
14,Iowa,149,Plymouth,
14,Iowa,151,Pocahontas,
14,Iowa,153,Polk,
14,Iowa,155,Pottawattamie,
14,Iowa,157,Poweshiek,
14,Iowa,159,Ringgold,
14,Iowa,161,Sac,
14,Iowa,163,Scott,
14,Iowa,165,Shelby,
14,Iowa,167,Sioux,
14,Iowa,169,Story,
14,Iowa,171,Tama,
14,Iowa,173,Taylor,
14,Iowa,175,Union,
14,Iowa,177,Van Buren,
14,Iowa,179,Wapello,
14,Iowa,181,Warren,
14,Iowa,183,Washington,
14,Iowa,185,Wayne,
14,Iowa,187,Webster,
14,Iowa,189,Winnebago,
14,Iowa,191,Winneshiek,
14,Iowa,193,Woodbury,
14,Iowa,195,Worth,
14,Iowa,197,Wright,
15,Kansas,001,Allen,
15,Kansas,003,Anderson,
15,Kansas,005,Atchison,
15,Kansas,007,Barber,
15,Kansas,009,Barton,
15,Kansas,011,Bourbon,
15,Kansas,013,Brown,
15,Kansas,015,Butler,
15,Kansas,017,Chase,
15,Kansas,019,Chautauqua,
15,Kansas,021,Cherokee,
15,Kansas,023,Cheyenne,
15,Kansas,025,Clark,
15,Kansas,027,Clay,
15,Kansas,029,Cloud,
15,Kansas,031,Coffey,
15,Kansas,033,Comanche,
15,Kansas,035,Cowley,
15,Kansas,037,Crawford,
15,Kansas,039,Decatur,
15,Kansas,041,Dickinson,
15,Kansas,043,Doniphan,
15,Kansas,045,Douglas,
15,Kansas,047,Edwards,
15,Kansas,049,Elk,
15,Kansas,051,Ellis,
15,Kansas,053,Ellsworth,
15,Kansas,055,Finney,
15,Kansas,057,Ford,
15,Kansas,059,Franklin,
15,Kansas,061,Geary,
15,Kansas,063,Gove,
15,Kansas,065,Graham,
15,Kansas,067,Grant,
15,Kansas,069,Gray,
15,Kansas,071,Greeley,
15,Kansas,073,Greenwood,
15,Kansas,075,Hamilton,
15,Kansas,077,Harper,
15,Kansas,079,Harvey,
15,Kansas,081,Haskell,
15,Kansas,083,Hodgeman,
15,Kansas,085,Jackson,
15,Kansas,087,Jefferson,
15,Kansas,089,Jewell,
15,Kansas,091,Johnson,
15,Kansas,093,Kearny,
15,Kansas,095,Kingman,
15,Kansas,097,Kiowa,
15,Kansas,099,Labette,
15,Kansas,101,Lane,
15,Kansas,103,Leavenworth,
15,Kansas,105,Lincoln,
15,Kansas,107,Linn,
15,Kansas,109,Logan,
15,Kansas,111,Lyon,
15,Kansas,113,McPherson,
15,Kansas,115,Marion,
15,Kansas,117,Marshall,
15,Kansas,119,Meade,
15,Kansas,121,Miami,
15,Kansas,123,Mitchell,
15,Kansas,125,Montgomery,
15,Kansas,127,Morris,
15,Kansas,129,Morton,
15,Kansas,131,Nemaha,
15,Kansas,133,Neosho,
15,Kansas,135,Ness,
15,Kansas,137,Norton,
15,Kansas,139,Osage,
15,Kansas,141,Osborne,
15,Kansas,143,Ottawa,
15,Kansas,145,Pawnee,
15,Kansas,147,Phillips,
15,Kansas,149,Pottawatomie,
15,Kansas,151,Pratt,
15,Kansas,153,Rawlins,
15,Kansas,155,Reno,
15,Kansas,157,Republic,
15,Kansas,159,Rice,
15,Kansas,161,Riley,
15,Kansas,163,Rooks,
15,Kansas,165,Rush,
15,Kansas,167,Russell,
15,Kansas,169,Saline,
15,Kansas,171,Scott,
15,Kansas,173,Sedgwick,
15,Kansas,175,Seward,
15,Kansas,177,Shawnee,
15,Kansas,179,Sheridan,
15,Kansas,181,Sherman,
15,Kansas,183,Smith,
15,Kansas,185,Stafford,
15,Kansas,187,Stanton,
15,Kansas,189,Stevens,
15,Kansas,191,Sumner,
15,Kansas,193,Thomas,
15,Kansas,195,Trego,
15,Kansas,197,Wabaunsee,
15,Kansas,199,Wallace,
15,Kansas,201,Washington,
15,Kansas,203,Wichita,
15,Kansas,205,Wilson,
15,Kansas,207,Woodson,
15,Kansas,209,Wyandotte,
16,Kentucky,001,Adair,
16,Kentucky,003,Allen,
16,Kentucky,005,Anderson,
16,Kentucky,007,Ballard,
16,Kentucky,009,Barren,
16,Kentucky,011,Bath,
16,Kentucky,013,Bell,
16,Kentucky,015,Boone,
16,Kentucky,017,Bourbon,
16,Kentucky,019,Boyd,
16,Kentucky,021,Boyle,
16,Kentucky,023,Bracken,
16,Kentucky,025,Breathitt,
16,Kentucky,027,Breckinridge,
16,Kentucky,029,Bullitt,
16,Kentucky,031,Butler,
16,Kentucky,033,Caldwell,
16,Kentucky,035,Calloway,
16,Kentucky,037,Campbell,
16,Kentucky,039,Carlisle,
16,Kentucky,041,Carroll,
16,Kentucky,043,Carter,
16,Kentucky,045,Casey,
16,Kentucky,047,Christian,
16,Kentucky,049,Clark,
16,Kentucky,051,Clay,
16,Kentucky,053,Clinton,
16,Kentucky,055,Crittenden,
16,Kentucky,057,Cumberland,
16,Kentucky,059,Daviess,
16,Kentucky,061,Edmonson,
16,Kentucky,063,Elliott,
16,Kentucky,065,Estill,
16,Kentucky,067,Fayette,
16,Kentucky,069,Fleming,
16,Kentucky,071,Floyd,
16,Kentucky,073,Franklin,
16,Kentucky,075,Fulton,
16,Kentucky,077,Gallatin,
16,Kentucky,079,Garrard,
16,Kentucky,081,Grant,
16,Kentucky,083,Graves,
16,Kentucky,085,Grayson,
16,Kentucky,087,Green,
16,Kentucky,089,Greenup,
16,Kentucky,091,Hancock,
16,Kentucky,093,Hardin,
16,Kentucky,095,Harlan,
16,Kentucky,097,Harrison,
16,Kentucky,099,Hart,
16,Kentucky,101,Henderson,
16,Kentucky,103,Henry,
16,Kentucky,105,Hickman,
16,Kentucky,107,Hopkins,
16,Kentucky,109,Jackson,
16,Kentucky,111,Jefferson,
16,Kentucky,113,Jessamine,
16,Kentucky,115,Johnson,
16,Kentucky,117,Kenton,
16,Kentucky,119,Knott,
16,Kentucky,121,Knox,
16,Kentucky,123,Larue,
16,Kentucky,125,Laurel,
16,Kentucky,127,Lawrence,
16,Kentucky,129,Lee,
16,Kentucky,131,Leslie,
16,Kentucky,133,Letcher,
16,Kentucky,135,Lewis,
16,Kentucky,137,Lincoln,
16,Kentucky,139,Livingston,
16,Kentucky,141,Logan,
16,Kentucky,143,Lyon,
16,Kentucky,145,McCracken,
16,Kentucky,147,McCreary,
16,Kentucky,149,McLean,
16,Kentucky,151,Madison,
16,Kentucky,153,Magoffin,
16,Kentucky,155,Marion,
16,Kentucky,157,Marshall,
16,Kentucky,159,Martin,
16,Kentucky,161,Mason,
16,Kentucky,163,Meade,
16,Kentucky,165,Menifee,
16,Kentucky,167,Mercer,
16,Kentucky,169,Metcalfe,
16,Kentucky,171,Monroe,
16,Kentucky,173,Montgomery,
16,Kentucky,175,Morgan,
16,Kentucky,177,Muhlenberg,
16,Kentucky,179,Nelson,
16,Kentucky,181,Nicholas,
16,Kentucky,183,Ohio,
16,Kentucky,185,Oldham,
16,Kentucky,187,Owen,
16,Kentucky,189,Owsley,
16,Kentucky,191,Pendleton,
16,Kentucky,193,Perry,
16,Kentucky,195,Pike,
16,Kentucky,197,Powell,
16,Kentucky,199,Pulaski,
16,Kentucky,201,Robertson,
16,Kentucky,203,Rockcastle,
16,Kentucky,205,Rowan,
16,Kentucky,207,Russell,
16,Kentucky,209,Scott,
16,Kentucky,211,Shelby,
16,Kentucky,213,Simpson,
16,Kentucky,215,Spencer,
16,Kentucky,217,Taylor,
16,Kentucky,219,Todd,
16,Kentucky,221,Trigg,
16,Kentucky,223,Trimble,
16,Kentucky,225,Union,
16,Kentucky,227,Warren,
16,Kentucky,229,Washington,
16,Kentucky,231,Wayne,
16,Kentucky,233,Webster,
16,Kentucky,235,Whitley,
16,Kentucky,237,Wolfe,
16,Kentucky,239,Woodford,
17,Louisiana,001,Acadia,
17,Louisiana,003,Allen,
17,Louisiana,005,Ascension,
17,Louisiana,007,Assumption,
17,Louisiana,009,Avoyelles,
17,Louisiana,011,Beauregard,
17,Louisiana,013,Bienville,
17,Louisiana,015,Bossier,
17,Louisiana,017,Caddo,
17,Louisiana,019,Calcasieu,
17,Louisiana,021,Caldwell,
17,Louisiana,023,Cameron,
17,Louisiana,025,Catahoula,
17,Louisiana,027,Claiborne,
17,Louisiana,029,Concordia,
17,Louisiana,031,De Soto,
17,Louisiana,033,East Baton Rouge,
17,Louisiana,035,East Carroll,
17,Louisiana,037,East Feliciana,
17,Louisiana,039,Evangeline,
17,Louisiana,041,Franklin,
17,Louisiana,043,Grant,
17,Louisiana,045,Iberia,
17,Louisiana,047,Iberville,
17,Louisiana,049,Jackson,
17,Louisiana,051,Jefferson,
17,Louisiana,053,Jefferson Davis,
17,Louisiana,055,Lafayette,
17,Louisiana,057,Lafourche,
17,Louisiana,059,La Salle,
17,Louisiana,061,Lincoln,
17,Louisiana,063,Livingston,
17,Louisiana,065,Madison,
17,Louisiana,067,Morehouse,
17,Louisiana,069,Natchitoches,
17,Louisiana,071,Orleans,
17,Louisiana,073,Ouachita,
17,Louisiana,075,Plaquemines,
17,Louisiana,077,Pointe Coupee,
17,Louisiana,079,Rapides,
17,Louisiana,081,Red River,
17,Louisiana,083,Richland,
17,Louisiana,085,Sabine,
17,Louisiana,087,St. Bernard,
17,Louisiana,089,St. Charles,
17,Louisiana,091,St. Helena,
17,Louisiana,093,St. James,
17,Louisiana,095,St. John the Baptist,
17,Louisiana,097,St. Landry,
17,Louisiana,099,St. Martin,
17,Louisiana,101,St. Mary,
17,Louisiana,103,St. Tammany,
17,Louisiana,105,Tangipahoa,
17,Louisiana,107,Tensas,
17,Louisiana,109,Terrebonne,
17,Louisiana,111,Union,
17,Louisiana,113,Vermilion,
17,Louisiana,115,Vernon,
17,Louisiana,117,Washington,
17,Louisiana,119,Webster,
17,Louisiana,121,West Baton Rouge,
17,Louisiana,123,West Carroll,
17,Louisiana,125,West Feliciana,
17,Louisiana,127,Winn,
17,Louisiana,129,Various Parishes,'Various Parishes' (API list only)
17,Louisiana,700,West Cameron,Gulf of Mexico offshore area (API list only)
17,Louisiana,701,West Cameron West,Gulf of Mexico offshore area (API list only)
17,Louisiana,702,West Cameron South,Gulf of Mexico offshore area (API list only)
17,Louisiana,703,East Cameron,Gulf of Mexico offshore area (API list only)
17,Louisiana,704,East Cameron South,Gulf of Mexico offshore area (API list only)
17,Louisiana,705,Vermilion Offshore,Gulf of Mexico offshore area (API list only)
17,Louisiana,706,Vermilion South,Gulf of Mexico offshore area (API list only)
17,Louisiana,707,South Marsh Island,Gulf of Mexico offshore area (API list only)
17,Louisiana,708,South Marsh Island South,Gulf of Mexico offshore area (API list only)
17,Louisiana,709,Eugene Island,Gulf of Mexico offshore area (API list only)
17,Louisiana,710,Eugene Island South,Gulf of Mexico offshore area (API list only)
17,Louisiana,711,Ship Shoal,Gulf of Mexico offshore area (API list only)
17,Louisiana,712,Ship Shoal South,Gulf of Mexico offshore area (API list only)
17,Louisiana,713,South Pelto,Gulf of Mexico offshore area (API list only)
17,Louisiana,714,Bay Marchand,Gulf of Mexico offshore area (API list only)
17,Louisiana,715,South Timbalier,Gulf of Mexico offshore area (API list only)
17,Louisiana,716,South Timbalier South,Gulf of Mexico offshore area (API list only)
17,Louisiana,717,Grand Isle,Gulf of Mexico offshore area (API list only)
17,Louisiana,718,Grand Isle South,Gulf of Mexico offshore area (API list only)
17,Louisiana,719,West Delta,Gulf of Mexico offshore area (API list only)
17,Louisiana,720,West Delta South,Gulf of Mexico offshore area (API list only)
17,Louisiana,721,South Pass,Gulf of Mexico offshore area (API list only)
17,Louisiana,722,South Pass South,Gulf of Mexico offshore area (API list only)
17,Louisiana,723,South Pass East,Gulf of Mexico offshore area (API list only)
17,Louisiana,724,Main Pass South and East,Gulf of Mexico offshore area (API list only)
17,Louisiana,725,Main Pass,Gulf of Mexico offshore area (API list only)
17,Louisiana,726,Breton Sound,Gulf of Mexico offshore area (API list only)
17,Louisiana,727,Chandeleur Sound,Gulf of Mexico offshore area (API list only)
17,Louisiana,728,Chandeleur,Gulf of Mexico offshore area (API list only)
17,Louisiana,729,Chandeleur East,Gulf of Mexico offshore area (API list only)
17,Louisiana,730,Chandeleur Sound Addition,Gulf of Mexico offshore area (API list only)
17,Louisiana,731,Sabine Pass,Gulf of Mexico offshore area (API list only)
18,Maine,001,Androscoggin,
18,Maine,003,Aroostook,
18,Maine,005,Cumberland,
18,Maine,007,Franklin,
18,Maine,009,Hancock,
18,Maine,011,Kennebec,
18,Maine,013,Knox,
18,Maine,015,Lincoln,
18,Maine,017,Oxford,
18,Maine,019,Penobscot,
18,Maine,021,Piscataquis,
18,Maine,023,Sagadahoc,
18,Maine,025,Somerset,
18,Maine,027,Waldo,
18,Maine,029,Washington,
18,Maine,031,York,
18,Maine,205,Cumberland Offshore,offshore state waters: 200 + 005 (Cumberland)
18,Maine,209,Hancock Offshore,offshore state waters: 200 + 009 (Hancock)
18,Maine,213,Knox Offshore,offshore state waters: 200 + 013 (Knox)
18,Maine,215,Lincoln Offshore,offshore state waters: 200 + 015 (Lincoln)
18,Maine,223,Sagadahoc Offshore,offshore state waters: 200 + 023 (Sagadahoc)
18,Maine,229,Washington Offshore,offshore state waters: 200 + 029 (Washington)
18,Maine,231,York Offshore,offshore state waters: 200 + 031 (York)
19,Maryland,001,Allegany,
19,Maryland,003,Anne Arundel,
19,Maryland,005,Baltimore,
19,Maryland,007,Baltimore city,independent city; API list code (FIPS is 510)
19,Maryland,009,Calvert,
19,Maryland,011,Caroline,
19,Maryland,013,Carroll,
19,Maryland,015,Cecil,
19,Maryland,017,Charles,
19,Maryland,019,Dorchester,
19,Maryland,021,Frederick,
19,Maryland,023,Garrett,
19,Maryland,025,Harford,
19,Maryland,027,Howard,
19,Maryland,029,Kent,
19,Maryland,031,Montgomery,
19,Maryland,033,Prince George's,
19,Maryland,035,Queen Anne's,
19,Maryland,037,St. Mary's,
19,Maryland,039,Somerset,
19,Maryland,041,Talbot,
19,Maryland,043,Washington,
19,Maryland,045,Wicomico,
19,Maryland,047,Worcester,
19,Maryland,117,Chincoteague,offshore area named after an Atlantic map sheet (API list only)
19,Maryland,125,Baltimore Rise,offshore area named after an Atlantic map sheet (API list only)
19,Maryland,247,Worcester Offshore,offshore state waters: 200 + 047 (Worcester)
19,Maryland,510,Baltimore city,FIPS code; API list uses 007 for Baltimore city - unverified in API numbers
20,Massachusetts,001,Barnstable,
20,Massachusetts,003,Berkshire,
20,Massachusetts,005,Bristol,
20,Massachusetts,007,Dukes,
20,Massachusetts,009,Essex,
20,Massachusetts,011,Franklin,
20,Massachusetts,013,Hampden,
20,Massachusetts,015,Hampshire,
20,Massachusetts,017,Middlesex,
20,Massachusetts,019,Nantucket,
20,Massachusetts,021,Norfolk,
20,Massachusetts,023,Plymouth,
20,Massachusetts,025,Suffolk,
20,Massachusetts,027,Worcester,
20,Massachusetts,129,Hartford,offshore area named after an Atlantic map sheet (API list only)
20,Massachusetts,135,Providence,offshore area named after an Atlantic map sheet (API list only)
20,Massachusetts,136,Boston,offshore area named after an Atlantic map sheet (API list only)
20,Massachusetts,142,Cashes Ledge,offshore area named after an Atlantic map sheet (API list only)
20,Massachusetts,147,Georges Bank,offshore area named after an Atlantic map sheet (API list only)
20,Massachusetts,152,Fundian Rise,offshore area named after an Atlantic map sheet (API list only)
20,Massachusetts,201,Barnstable Offshore,offshore state waters: 200 + 001 (Barnstable)
20,Massachusetts,205,Bristol Offshore,offshore state waters: 200 + 005 (Bristol)
20,Massachusetts,207,Dukes Offshore,offshore state waters: 200 + 007 (Dukes)
20,Massachusetts,209,Essex Offshore,offshore state waters: 200 + 009 (Essex)
20,Massachusetts,219,Nantucket Offshore,offshore state waters: 200 + 019 (Nantucket)
20,Massachusetts,221,Norfolk Offshore,offshore state waters: 200 + 021 (Norfolk)
20,Massachusetts,223,Plymouth Offshore,offshore state waters: 200 + 023 (Plymouth)
20,Massachusetts,225,Suffolk Offshore,offshore state waters: 200 + 025 (Suffolk)
21,Michigan,001,Alcona,
21,Michigan,003,Alger,
21,Michigan,005,Allegan,
21,Michigan,007,Alpena,
21,Michigan,009,Antrim,
21,Michigan,011,Arenac,
21,Michigan,013,Baraga,
21,Michigan,015,Barry,
21,Michigan,017,Bay,
21,Michigan,019,Benzie,
21,Michigan,021,Berrien,
21,Michigan,023,Branch,
21,Michigan,025,Calhoun,
21,Michigan,027,Cass,
21,Michigan,029,Charlevoix,
21,Michigan,031,Cheboygan,
21,Michigan,033,Chippewa,
21,Michigan,035,Clare,
21,Michigan,037,Clinton,
21,Michigan,039,Crawford,
21,Michigan,041,Delta,
21,Michigan,043,Dickinson,
21,Michigan,045,Eaton,
21,Michigan,047,Emmet,
21,Michigan,049,Genesee,
21,Michigan,051,Gladwin,
21,Michigan,053,Gogebic,
21,Michigan,055,Grand Traverse,
21,Michigan,057,Gratiot,
21,Michigan,059,Hillsdale,
21,Michigan,061,Houghton,
21,Michigan,063,Huron,
21,Michigan,065,Ingham,
21,Michigan,067,Ionia,
21,Michigan,069,Iosco,
21,Michigan,071,Iron,
21,Michigan,073,Isabella,
21,Michigan,075,Jackson,
21,Michigan,077,Kalamazoo,
21,Michigan,079,Kalkaska,
21,Michigan,081,Kent,
21,Michigan,083,Keweenaw,
21,Michigan,085,Lake,
21,Michigan,087,Lapeer,
21,Michigan,089,Leelanau,
21,Michigan,091,Lenawee,
21,Michigan,093,Livingston,
21,Michigan,095,Luce,
21,Michigan,097,Mackinac,
21,Michigan,099,Macomb,
21,Michigan,101,Manistee,
21,Michigan,103,Marquette,
21,Michigan,105,Mason,
21,Michigan,107,Mecosta,
21,Michigan,109,Menominee,
21,Michigan,111,Midland,
21,Michigan,113,Missaukee,
21,Michigan,115,Monroe,
21,Michigan,117,Montcalm,
21,Michigan,119,Montmorency,
21,Michigan,121,Muskegon,
21,Michigan,123,Newaygo,
21,Michigan,125,Oakland,
21,Michigan,127,Oceana,
21,Michigan,129,Ogemaw,
21,Michigan,131,Ontonagon,
21,Michigan,133,Osceola,
21,Michigan,135,Oscoda,
21,Michigan,137,Otsego,
21,Michigan,139,Ottawa,
21,Michigan,141,Presque Isle,
21,Michigan,143,Roscommon,
21,Michigan,145,Saginaw,
21,Michigan,147,St. Clair,
21,Michigan,149,St. Joseph,
21,Michigan,151,Sanilac,
21,Michigan,153,Schoolcraft,
21,Michigan,155,Shiawassee,
21,Michigan,157,Tuscola,
21,Michigan,159,Van Buren,
21,Michigan,161,Washtenaw,
21,Michigan,163,Wayne,
21,Michigan,165,Wexford,
21,Michigan,521,Lake Michigan,Great Lakes waters (API list only)
21,Michigan,554,Lake Huron,Great Lakes waters (API list only)
21,Michigan,556,Lake Erie,Great Lakes waters (API list only)
21,Michigan,558,Lake Superior,Great Lakes waters (API list only)
22,Minnesota,001,Aitkin,
22,Minnesota,003,Anoka,
22,Minnesota,005,Becker,
22,Minnesota,007,Beltrami,
22,Minnesota,009,Benton,
22,Minnesota,011,Big Stone,
22,Minnesota,013,Blue Earth,
22,Minnesota,015,Brown,
22,Minnesota,017,Carlton,
22,Minnesota,019,Carver,
22,Minnesota,021,Cass,
22,Minnesota,023,Chippewa,
22,Minnesota,025,Chisago,
22,Minnesota,027,Clay,
22,Minnesota,029,Clearwater,
22,Minnesota,031,Cook,
22,Minnesota,033,Cottonwood,
22,Minnesota,035,Crow Wing,
22,Minnesota,037,Dakota,
22,Minnesota,039,Dodge,
22,Minnesota,041,Douglas,
22,Minnesota,043,Faribault,
22,Minnesota,045,Fillmore,
22,Minnesota,047,Freeborn,
22,Minnesota,049,Goodhue,
22,Minnesota,051,Grant,
22,Minnesota,053,Hennepin,
22,Minnesota,055,Houston,
22,Minnesota,057,Hubbard,
22,Minnesota,059,Isanti,
22,Minnesota,061,Itasca,
22,Minnesota,063,Jackson,
22,Minnesota,065,Kanabec,
22,Minnesota,067,Kandiyohi,
22,Minnesota,069,Kittson,
22,Minnesota,071,Koochiching,
22,Minnesota,073,Lac qui Parle,
22,Minnesota,075,Lake,
22,Minnesota,077,Lake of the Woods,
22,Minnesota,079,Le Sueur,
22,Minnesota,081,Lincoln,
22,Minnesota,083,Lyon,
22,Minnesota,085,McLeod,
22,Minnesota,087,Mahnomen,
22,Minnesota,089,Marshall,
22,Minnesota,091,Martin,
22,Minnesota,093,Meeker,
22,Minnesota,095,Mille Lacs,
22,Minnesota,097,Morrison,
22,Minnesota,099,Mower,
22,Minnesota,101,Murray,
22,Minnesota,103,Nicollet,
22,Minnesota,105,Nobles,
22,Minnesota,107,Norman,
22,Minnesota,109,Olmsted,
22,Minnesota,111,Otter Tail,
22,Minnesota,113,Pennington,
22,Minnesota,115,Pine,
22,Minnesota,117,Pipestone,
22,Minnesota,119,Polk,
22,Minnesota,121,Pope,
22,Minnesota,123,Ramsey,
22,Minnesota,125,Red Lake,
22,Minnesota,127,Redwood,
22,Minnesota,129,Renville,
22,Minnesota,131,Rice,
22,Minnesota,133,Rock,
22,Minnesota,135,Roseau,
22,Minnesota,137,St. Louis,
22,Minnesota,139,Scott,
22,Minnesota,141,Sherburne,
22,Minnesota,143,Sibley,
22,Minnesota,145,Stearns,
22,Minnesota,147,Steele,
22,Minnesota,149,Stevens,
22,Minnesota,151,Swift,
22,Minnesota,153,Todd,
22,Minnesota,155,Traverse,
22,Minnesota,157,Wabasha,
22,Minnesota,159,Wadena,
22,Minnesota,161,Waseca,
22,Minnesota,163,Washington,
22,Minnesota,165,Watonwan,
22,Minnesota,167,Wilkin,
22,Minnesota,169,Winona,
22,Minnesota,171,Wright,
22,Minnesota,173,Yellow Medicine,
22,Minnesota,522,Lake Superior,Great Lakes waters (API list only)
23,Mississippi,001,Adams,
23,Mississippi,003,Alcorn,
23,Mississippi,005,Amite,
23,Mississippi,007,Attala,
23,Mississippi,009,Benton,
23,Mississippi,011,Bolivar,
23,Mississippi,013,Calhoun,
23,Mississippi,015,Carroll,
23,Mississippi,017,Chickasaw,
23,Mississippi,019,Choctaw,
23,Mississippi,021,Claiborne,
23,Mississippi,023,Clarke,
23,Mississippi,025,Clay,
23,Mississippi,027,Coahoma,
23,Mississippi,029,Copiah,
23,Mississippi,031,Covington,
23,Mississippi,033,DeSoto,
23,Mississippi,035,Forrest,
23,Mississippi,037,Franklin,
23,Mississippi,039,George,
23,Mississippi,041,Greene,
23,Mississippi,043,Grenada,
23,Mississippi,045,Hancock,
23,Mississippi,047,Harrison,
23,Mississippi,049,Hinds,
23,Mississippi,051,Holmes,
23,Mississippi,053,Humphreys,
23,Mississippi,055,Issaquena,
23,Mississippi,057,Itawamba,
23,Mississippi,059,Jackson,
23,Mississippi,061,Jasper,
23,Mississippi,063,Jefferson,
23,Mississippi,065,Jefferson Davis,
23,Mississippi,067,Jones,
23,Mississippi,069,Kemper,
23,Mississippi,071,Lafayette,
23,Mississippi,073,Lamar,
23,Mississippi,075,Lauderdale,
23,Mississippi,077,Lawrence,
23,Mississippi,079,Leake,
23,Mississippi,081,Lee,
23,Mississippi,083,Leflore,
23,Mississippi,085,Lincoln,
23,Mississippi,087,Lowndes,
23,Mississippi,089,Madison,
23,Mississippi,091,Marion,
23,Mississippi,093,Marshall,
23,Mississippi,095,Monroe,
23,Mississippi,097,Montgomery,
23,Mississippi,099,Neshoba,
23,Mississippi,101,Newton,
23,Mississippi,103,Noxubee,
23,Mississippi,105,Oktibbeha,
23,Mississippi,107,Panola,
23,Mississippi,109,Pearl River,
23,Mississippi,111,Perry,
23,Mississippi,113,Pike,
23,Mississippi,115,Pontotoc,
23,Mississippi,117,Prentiss,
23,Mississippi,119,Quitman,
23,Mississippi,121,Rankin,
23,Mississippi,123,Scott,
23,Mississippi,125,Sharkey,
23,Mississippi,127,Simpson,
23,Mississippi,129,Smith,
23,Mississippi,131,Stone,
23,Mississippi,133,Sunflower,
23,Mississippi,135,Tallahatchie,
23,Mississippi,137,Tate,
23,Mississippi,139,Tippah,
23,Mississippi,141,Tishomingo,
23,Mississippi,143,Tunica,
23,Mississippi,145,Union,
23,Mississippi,147,Walthall,
23,Mississippi,149,Warren,
23,Mississippi,151,Washington,
23,Mississippi,153,Wayne,
23,Mississippi,155,Webster,
23,Mississippi,157,Wilkinson,
23,Mississippi,159,Winston,
23,Mississippi,161,Yalobusha,
23,Mississippi,163,Yazoo,
23,Mississippi,245,Hancock Offshore,offshore state waters: 200 + 045 (Hancock)
23,Mississippi,247,Harrison Offshore,offshore state waters: 200 + 047 (Harrison)
23,Mississippi,259,Jackson Offshore,offshore state waters: 200 + 059 (Jackson)
24,Missouri,001,Adair,
24,Missouri,003,Andrew,
24,Missouri,005,Atchison,
24,Missouri,007,Audrain,
24,Missouri,009,Barry,
24,Missouri,011,Barton,
24,Missouri,013,Bates,
24,Missouri,015,Benton,
24,Missouri,017,Bollinger,
24,Missouri,019,Boone,
24,Missouri,021,Buchanan,
24,Missouri,023,Butler,
24,Missouri,025,Caldwell,
24,Missouri,027,Callaway,
24,Missouri,029,Camden,
24,Missouri,031,Cape Girardeau,
24,Missouri,033,Carroll,
24,Missouri,035,Carter,
24,Missouri,037,Cass,
24,Missouri,039,Cedar,
24,Missouri,041,Chariton,
24,Missouri,043,Christian,
24,Missouri,045,Clark,
24,Missouri,047,Clay,
24,Missouri,049,Clinton,
24,Missouri,051,Cole,
24,Missouri,053,Cooper,
24,Missouri,055,Crawford,
24,Missouri,057,Dade,
24,Missouri,059,Dallas,
24,Missouri,061,Daviess,
24,Missouri,063,DeKalb,
24,Missouri,065,Dent,
24,Missouri,067,Douglas,
24,Missouri,069,Dunklin,
24,Missouri,071,Franklin,
24,Missouri,073,Gasconade,
24,Missouri,075,Gentry,
24,Missouri,077,Greene,
24,Missouri,079,Grundy,
24,Missouri,081,Harrison,
24,Missouri,083,Henry,
24,Missouri,085,Hickory,
24,Missouri,087,Holt,
24,Missouri,089,Howard,
24,Missouri,091,Howell,
24,Missouri,093,Iron,
24,Missouri,095,Jackson,
24,Missouri,097,Jasper,
24,Missouri,099,Jefferson,
24,Missouri,101,Johnson,
24,Missouri,103,Knox,
24,Missouri,105,Laclede,
24,Missouri,107,Lafayette,
24,Missouri,109,Lawrence,
24,Missouri,111,Lewis,
24,Missouri,113,Lincoln,
24,Missouri,115,Linn,
24,Missouri,117,Livingston,
24,Missouri,119,McDonald,
24,Missouri,121,Macon,
24,Missouri,123,Madison,
24,Missouri,125,Maries,
24,Missouri,127,Marion,
24,Missouri,129,Mercer,
24,Missouri,131,Miller,
24,Missouri,133,Mississippi,
24,Missouri,135,Moniteau,
24,Missouri,137,Monroe,
24,Missouri,139,Montgomery,
24,Missouri,141,Morgan,
24,Missouri,143,New Madrid,
24,Missouri,145,Newton,
24,Missouri,147,Nodaway,
24,Missouri,149,Oregon,
24,Missouri,151,Osage,
24,Missouri,153,Ozark,
24,Missouri,155,Pemiscot,
24,Missouri,157,Perry,
24,Missouri,159,Pettis,
24,Missouri,161,Phelps,
24,Missouri,163,Pike,
24,Missouri,165,Platte,
24,Missouri,167,Polk,
24,Missouri,169,Pulaski,
24,Missouri,171,Putnam,
24,Missouri,173,Ralls,
24,Missouri,175,Randolph,
24,Missouri,177,Ray,
24,Missouri,179,Reynolds,
24,Missouri,181,Ripley,
24,Missouri,183,St. Charles,
24,Missouri,185,St. Clair,
24,Missouri,186,Ste. Genevieve,FIPS code; API list uses 193 (old FIPS) - unverified in API numbers
24,Missouri,187,St. Francois,
24,Missouri,189,St. Louis,
24,Missouri,191,St. Louis city,independent city; API list code (FIPS is 510)
24,Missouri,193,Ste. Genevieve,API list code = older FIPS code (FIPS now 186)
24,Missouri,195,Saline,
24,Missouri,197,Schuyler,
24,Missouri,199,Scotland,
24,Missouri,201,Scott,
24,Missouri,203,Shannon,
24,Missouri,205,Shelby,
24,Missouri,207,Stoddard,
24,Missouri,209,Stone,
24,Missouri,211,Sullivan,
24,Missouri,213,Taney,
24,Missouri,215,Texas,
24,Missouri,217,Vernon,
24,Missouri,219,Warren,
24,Missouri,221,Washington,
24,Missouri,223,Wayne,
24,Missouri,225,Webster,
24,Missouri,227,Worth,
24,Missouri,229,Wright,
24,Missouri,510,St. Louis city,FIPS code; API list uses 191 for St. Louis city - unverified in API numbers
25,Montana,001,Beaverhead,
25,Montana,003,Big Horn,
25,Montana,005,Blaine,
25,Montana,007,Broadwater,
25,Montana,009,Carbon,
25,Montana,011,Carter,
25,Montana,013,Cascade,
25,Montana,015,Chouteau,
25,Montana,017,Custer,
25,Montana,019,Daniels,
25,Montana,021,Dawson,
25,Montana,023,Deer Lodge,
25,Montana,025,Fallon,
25,Montana,027,Fergus,
25,Montana,029,Flathead,
25,Montana,031,Gallatin,
25,Montana,033,Garfield,
25,Montana,035,Glacier,
25,Montana,037,Golden Valley,
25,Montana,039,Granite,
25,Montana,041,Hill,
25,Montana,043,Jefferson,
25,Montana,045,Judith Basin,
25,Montana,047,Lake,
25,Montana,049,Lewis and Clark,
25,Montana,051,Liberty,
25,Montana,053,Lincoln,
25,Montana,055,McCone,
25,Montana,057,Madison,
25,Montana,059,Meagher,
25,Montana,061,Mineral,
25,Montana,063,Missoula,
25,Montana,065,Musselshell,
25,Montana,067,Park,
25,Montana,069,Petroleum,
25,Montana,071,Phillips,
25,Montana,073,Pondera,
25,Montana,075,Powder River,
25,Montana,077,Powell,
25,Montana,079,Prairie,
25,Montana,081,Ravalli,
25,Montana,083,Richland,
25,Montana,085,Roosevelt,
25,Montana,087,Rosebud,
25,Montana,089,Sanders,
25,Montana,091,Sheridan,
25,Montana,093,Silver Bow,
25,Montana,095,Stillwater,
25,Montana,097,Sweet Grass,
25,Montana,099,Teton,
25,Montana,101,Toole,
25,Montana,103,Treasure,
25,Montana,105,Valley,
25,Montana,107,Wheatland,
25,Montana,109,Wibaux,
25,Montana,111,Yellowstone,
25,Montana,113,Yellowstone National Park,Yellowstone National Park (FIPS 30113 until 1997; API list)
26,Nebraska,001,Adams,
26,Nebraska,003,Antelope,
26,Nebraska,005,Arthur,
26,Nebraska,007,Banner,
26,Nebraska,009,Blaine,
26,Nebraska,011,Boone,
26,Nebraska,013,Box Butte,
26,Nebraska,015,Boyd,
26,Nebraska,017,Brown,
26,Nebraska,019,Buffalo,
26,Nebraska,021,Burt,
26,Nebraska,023,Butler,
26,Nebraska,025,Cass,
26,Nebraska,027,Cedar,
26,Nebraska,029,Chase,
26,Nebraska,031,Cherry,
26,Nebraska,033,Cheyenne,
26,Nebraska,035,Clay,
26,Nebraska,037,Colfax,
26,Nebraska,039,Cuming,
26,Nebraska,041,Custer,
26,Nebraska,043,Dakota,
26,Nebraska,045,Dawes,
26,Nebraska,047,Dawson,
26,Nebraska,049,Deuel,
26,Nebraska,051,Dixon,
26,Nebraska,053,Dodge,
26,Nebraska,055,Douglas,
26,Nebraska,057,Dundy,
26,Nebraska,059,Fillmore,
26,Nebraska,061,Franklin,
26,Nebraska,063,Frontier,
26,Nebraska,065,Furnas,
26,Nebraska,067,Gage,
26,Nebraska,069,Garden,
26,Nebraska,071,Garfield,
26,Nebraska,073,Gosper,
26,Nebraska,075,Grant,
26,Nebraska,077,Greeley,
26,Nebraska,079,Hall,
26,Nebraska,081,Hamilton,
26,Nebraska,083,Harlan,
26,Nebraska,085,Hayes,
26,Nebraska,087,Hitchcock,
26,Nebraska,089,Holt,
26,Nebraska,091,Hooker,
26,Nebraska,093,Howard,
26,Nebraska,095,Jefferson,
26,Nebraska,097,Johnson,
26,Nebraska,099,Kearney,
26,Nebraska,101,Keith,
26,Nebraska,103,Keya Paha,
26,Nebraska,105,Kimball,
26,Nebraska,107,Knox,
26,Nebraska,109,Lancaster,
26,Nebraska,111,Lincoln,
26,Nebraska,113,Logan,
26,Nebraska,115,Loup,
26,Nebraska,117,McPherson,
26,Nebraska,119,Madison,
26,Nebraska,121,Merrick,
26,Nebraska,123,Morrill,
26,Nebraska,125,Nance,
26,Nebraska,127,Nemaha,
26,Nebraska,129,Nuckolls,
26,Nebraska,131,Otoe,
26,Nebraska,133,Pawnee,
26,Nebraska,135,Perkins,
26,Nebraska,137,Phelps,
26,Nebraska,139,Pierce,
26,Nebraska,141,Platte,
26,Nebraska,143,Polk,
26,Nebraska,145,Red Willow,
26,Nebraska,147,Richardson,
26,Nebraska,149,Rock,
26,Nebraska,151,Saline,
26,Nebraska,153,Sarpy,
26,Nebraska,155,Saunders,
26,Nebraska,157,Scotts Bluff,
26,Nebraska,159,Seward,
26,Nebraska,161,Sheridan,
26,Nebraska,163,Sherman,
26,Nebraska,165,Sioux,
26,Nebraska,167,Stanton,
26,Nebraska,169,Thayer,
26,Nebraska,171,Thomas,
26,Nebraska,173,Thurston,
26,Nebraska,175,Valley,
26,Nebraska,177,Washington,
26,Nebraska,179,Wayne,
26,Nebraska,181,Webster,
26,Nebraska,183,Wheeler,
26,Nebraska,185,York,
27,Nevada,001,Churchill,
27,Nevada,003,Clark,
27,Nevada,005,Douglas,
27,Nevada,007,Elko,
27,Nevada,009,Esmeralda,
27,Nevada,011,Eureka,
27,Nevada,013,Humboldt,
27,Nevada,015,Lander,
27,Nevada,017,Lincoln,
27,Nevada,019,Lyon,
27,Nevada,021,Mineral,
27,Nevada,023,Nye,
27,Nevada,025,Carson City,API list code (old Ormsby County FIPS 025; FIPS now 510)
27,Nevada,027,Pershing,
27,Nevada,029,Storey,
27,Nevada,031,Washoe,
27,Nevada,033,White Pine,
27,Nevada,510,Carson City,FIPS code; API list uses 025 for Carson City - unverified in API numbers
28,New Hampshire,001,Belknap,
28,New Hampshire,003,Carroll,
28,New Hampshire,005,Cheshire,
28,New Hampshire,007,Coos,
28,New Hampshire,009,Grafton,
28,New Hampshire,011,Hillsborough,
28,New Hampshire,013,Merrimack,
28,New Hampshire,015,Rockingham,
28,New Hampshire,017,Strafford,
28,New Hampshire,019,Sullivan,
28,New Hampshire,215,Rockingham Offshore,offshore state waters: 200 + 015 (Rockingham)
29,New Jersey,001,Atlantic,
29,New Jersey,003,Bergen,
29,New Jersey,005,Burlington,
29,New Jersey,007,Camden,
29,New Jersey,009,Cape May,
29,New Jersey,011,Cumberland,
29,New Jersey,013,Essex,
29,New Jersey,015,Gloucester,
29,New Jersey,017,Hudson,
29,New Jersey,019,Hunterdon,
29,New Jersey,021,Mercer,
29,New Jersey,023,Middlesex,
29,New Jersey,025,Monmouth,
29,New Jersey,027,Morris,
29,New Jersey,029,Ocean,
29,New Jersey,031,Passaic,
29,New Jersey,033,Salem,
29,New Jersey,035,Somerset,
29,New Jersey,037,Sussex,
29,New Jersey,039,Union,
29,New Jersey,041,Warren,
29,New Jersey,118,Wilmington,offshore area named after an Atlantic map sheet (API list only)
29,New Jersey,127,Hudson Canyon,offshore area named after an Atlantic map sheet (API list only)
29,New Jersey,133,Block Canyon,offshore area named after an Atlantic map sheet (API list only)
29,New Jersey,139,Veach Canyon,offshore area named after an Atlantic map sheet (API list only)
29,New Jersey,201,Atlantic Offshore,offshore state waters: 200 + 001 (Atlantic)
29,New Jersey,209,Cape May Offshore,offshore state waters: 200 + 009 (Cape May)
29,New Jersey,225,Monmouth Offshore,offshore state waters: 200 + 025 (Monmouth)
29,New Jersey,229,Ocean Offshore,offshore state waters: 200 + 029 (Ocean)
30,New Mexico,001,Bernalillo,
30,New Mexico,003,Catron,
30,New Mexico,005,Chaves,
30,New Mexico,006,Cibola,even code: county created 1981
30,New Mexico,007,Colfax,
30,New Mexico,009,Curry,
30,New Mexico,011,De Baca,
30,New Mexico,013,Doña Ana,
30,New Mexico,015,Eddy,
30,New Mexico,017,Grant,
30,New Mexico,019,Guadalupe,
30,New Mexico,021,Harding,
30,New Mexico,023,Hidalgo,
30,New Mexico,025,Lea,
30,New Mexico,027,Lincoln,
30,New Mexico,028,Los Alamos,even code: county created 1949
30,New Mexico,029,Luna,
30,New Mexico,031,McKinley,
30,New Mexico,033,Mora,
30,New Mexico,035,Otero,
30,New Mexico,037,Quay,
30,New Mexico,039,Rio Arriba,
30,New Mexico,041,Roosevelt,
30,New Mexico,043,Sandoval,
30,New Mexico,045,San Juan,
30,New Mexico,047,San Miguel,
30,New Mexico,049,Santa Fe,
30,New Mexico,051,Sierra,
30,New Mexico,053,Socorro,
30,New Mexico,055,Taos,
30,New Mexico,057,Torrance,
30,New Mexico,059,Union,
30,New Mexico,061,Valencia,
31,New York,001,Albany,
31,New York,003,Allegany,
31,New York,005,Bronx,
31,New York,007,Broome,
31,New York,009,Cattaraugus,
31,New York,011,Cayuga,
31,New York,013,Chautauqua,
31,New York,015,Chemung,
31,New York,017,Chenango,
31,New York,019,Clinton,
31,New York,021,Columbia,
31,New York,023,Cortland,
31,New York,025,Delaware,
31,New York,027,Dutchess,
31,New York,029,Erie,
31,New York,031,Essex,
31,New York,033,Franklin,
31,New York,035,Fulton,
31,New York,037,Genesee,
31,New York,039,Greene,
31,New York,041,Hamilton,
31,New York,043,Herkimer,
31,New York,045,Jefferson,
31,New York,047,Kings,
31,New York,049,Lewis,
31,New York,051,Livingston,
31,New York,053,Madison,
31,New York,055,Monroe,
31,New York,057,Montgomery,
31,New York,059,Nassau,
31,New York,061,New York,
31,New York,063,Niagara,
31,New York,065,Oneida,
31,New York,067,Onondaga,
31,New York,069,Ontario,
31,New York,071,Orange,
31,New York,073,Orleans,
31,New York,075,Oswego,
31,New York,077,Otsego,
31,New York,079,Putnam,
31,New York,081,Queens,
31,New York,083,Rensselaer,
31,New York,085,Richmond,
31,New York,087,Rockland,
31,New York,089,St. Lawrence,
31,New York,091,Saratoga,
31,New York,093,Schenectady,
31,New York,095,Schoharie,
31,New York,097,Schuyler,
31,New York,099,Seneca,
31,New York,101,Steuben,
31,New York,103,Suffolk,
31,New York,105,Sullivan,
31,New York,107,Tioga,
31,New York,109,Tompkins,
31,New York,111,Ulster,
31,New York,113,Warren,
31,New York,115,Washington,
31,New York,117,Wayne,
31,New York,119,Westchester,
31,New York,121,Wyoming,
31,New York,123,Yates,
31,New York,134,Block Island Shelf,offshore area named after an Atlantic map sheet (API list only)
31,New York,140,Hydrographer Canyon,offshore area named after an Atlantic map sheet (API list only)
31,New York,141,Chatham,offshore area named after an Atlantic map sheet (API list only)
31,New York,144,Lydonia Canyon,offshore area named after an Atlantic map sheet (API list only)
31,New York,247,Kings Offshore,offshore state waters: 200 + 047 (Kings)
31,New York,259,Nassau Offshore,offshore state waters: 200 + 059 (Nassau)
31,New York,281,Queens Offshore,offshore state waters: 200 + 081 (Queens)
31,New York,285,Richmond Offshore,offshore state waters: 200 + 085 (Richmond)
31,New York,303,Suffolk Offshore,offshore state waters: 200 + 103 (Suffolk)
31,New York,531,Lake Erie,Great Lakes waters (API list only)
31,New York,560,Lake Ontario,Great Lakes waters (API list only)
32,North Carolina,001,Alamance,
32,North Carolina,003,Alexander,
32,North Carolina,005,Alleghany,
32,North Carolina,007,Anson,
32,North Carolina,009,Ashe,
32,North Carolina,011,Avery,
32,North Carolina,013,Beaufort,
32,North Carolina,015,Bertie,
32,North Carolina,017,Bladen,
32,North Carolina,019,Brunswick,
32,North Carolina,021,Buncombe,
32,North Carolina,023,Burke,
32,North Carolina,025,Cabarrus,
32,North Carolina,027,Caldwell,
32,North Carolina,029,Camden,
32,North Carolina,030,Cape Fear,offshore area named after an Atlantic map sheet (API list only)
32,North Carolina,031,Carteret,
32,North Carolina,033,Caswell,
32,North Carolina,035,Catawba,
32,North Carolina,037,Chatham,
32,North Carolina,039,Cherokee,
32,North Carolina,041,Chowan,
32,North Carolina,043,Clay,
32,North Carolina,045,Cleveland,
32,North Carolina,047,Columbus,
32,North Carolina,049,Craven,
32,North Carolina,051,Cumberland,
32,North Carolina,053,Currituck,
32,North Carolina,055,Dare,
32,North Carolina,057,Davidson,
32,North Carolina,059,Davie,
32,North Carolina,061,Duplin,
32,North Carolina,063,Durham,
32,North Carolina,065,Edgecombe,
32,North Carolina,067,Forsyth,
32,North Carolina,069,Franklin,
32,North Carolina,071,Gaston,
32,North Carolina,073,Gates,
32,North Carolina,075,Graham,
32,North Carolina,077,Granville,
32,North Carolina,079,Greene,
32,North Carolina,081,Guilford,
32,North Carolina,083,Halifax,
32,North Carolina,085,Harnett,
32,North Carolina,087,Haywood,
32,North Carolina,089,Henderson,
32,North Carolina,091,Hertford,
32,North Carolina,093,Hoke,
32,North Carolina,095,Hyde,
32,North Carolina,097,Iredell,
32,North Carolina,099,Jackson,
32,North Carolina,101,Johnston,
32,North Carolina,103,Jones,
32,North Carolina,105,Lee,
32,North Carolina,107,Lenoir,
32,North Carolina,109,Lincoln,
32,North Carolina,111,McDowell,
32,North Carolina,113,Macon,
32,North Carolina,115,Madison,
32,North Carolina,116,Manteo,offshore area named after an Atlantic map sheet (API list only)
32,North Carolina,117,Martin,
32,North Carolina,119,Mecklenburg,
32,North Carolina,121,Mitchell,
32,North Carolina,123,Montgomery,
32,North Carolina,125,Moore,
32,North Carolina,127,Nash,
32,North Carolina,129,New Hanover,
32,North Carolina,131,Northampton,
32,North Carolina,133,Onslow,
32,North Carolina,135,Orange,
32,North Carolina,137,Pamlico,
32,North Carolina,139,Pasquotank,
32,North Carolina,141,Pender,
32,North Carolina,143,Perquimans,
32,North Carolina,145,Person,
32,North Carolina,147,Pitt,
32,North Carolina,149,Polk,
32,North Carolina,151,Randolph,
32,North Carolina,153,Richmond,
32,North Carolina,155,Robeson,
32,North Carolina,157,Rockingham,
32,North Carolina,159,Rowan,
32,North Carolina,160,Russell,offshore area named after an Atlantic map sheet (API list only)
32,North Carolina,161,Rutherford,
32,North Carolina,163,Sampson,
32,North Carolina,165,Scotland,
32,North Carolina,167,Stanly,
32,North Carolina,169,Stokes,
32,North Carolina,171,Surry,
32,North Carolina,173,Swain,
32,North Carolina,175,Transylvania,
32,North Carolina,177,Tyrrell,
32,North Carolina,179,Union,
32,North Carolina,181,Vance,
32,North Carolina,183,Wake,
32,North Carolina,185,Warren,
32,North Carolina,187,Washington,
32,North Carolina,189,Watauga,
32,North Carolina,191,Wayne,
32,North Carolina,193,Wilkes,
32,North Carolina,195,Wilson,
32,North Carolina,197,Yadkin,
32,North Carolina,199,Yancey,
32,North Carolina,219,Brunswick Offshore,offshore state waters: 200 + 019 (Brunswick)
32,North Carolina,231,Carteret Offshore,offshore state waters: 200 + 031 (Carteret)
32,North Carolina,253,Currituck Offshore,offshore state waters: 200 + 053 (Currituck)
32,North Carolina,255,Dare Offshore,offshore state waters: 200 + 055 (Dare)
32,North Carolina,295,Hyde Offshore,offshore state waters: 200 + 095 (Hyde)
32,North Carolina,329,New Hanover Offshore,offshore state waters: 200 + 129 (New Hanover)
32,North Carolina,333,Onslow Offshore,offshore state waters: 200 + 133 (Onslow)
32,North Carolina,341,Pender Offshore,offshore state waters: 200 + 141 (Pender)
33,North Dakota,001,Adams,
33,North Dakota,003,Barnes,
33,North Dakota,005,Benson,
33,North Dakota,007,Billings,
33,North Dakota,009,Bottineau,
33,North Dakota,011,Bowman,
33,North Dakota,013,Burke,
33,North Dakota,015,Burleigh,
33,North Dakota,017,Cass,
33,North Dakota,019,Cavalier,
33,North Dakota,021,Dickey,
33,North Dakota,023,Divide,
33,North Dakota,025,Dunn,
33,North Dakota,027,Eddy,
33,North Dakota,029,Emmons,
33,North Dakota,031,Foster,
33,North Dakota,033,Golden Valley,
33,North Dakota,035,Grand Forks,
33,North Dakota,037,Grant,
33,North Dakota,039,Griggs,
33,North Dakota,041,Hettinger,
33,North Dakota,043,Kidder,
33,North Dakota,045,LaMoure,
33,North Dakota,047,Logan,
33,North Dakota,049,McHenry,
33,North Dakota,051,McIntosh,
33,North Dakota,053,McKenzie,
33,North Dakota,055,McLean,
33,North Dakota,057,Mercer,
33,North Dakota,059,Morton,
33,North Dakota,061,Mountrail,
33,North Dakota,063,Nelson,
33,North Dakota,065,Oliver,
33,North Dakota,067,Pembina,
33,North Dakota,069,Pierce,
33,North Dakota,071,Ramsey,
33,North Dakota,073,Ransom,
33,North Dakota,075,Renville,
33,North Dakota,077,Richland,
33,North Dakota,079,Rolette,
33,North Dakota,081,Sargent,
33,North Dakota,083,Sheridan,
33,North Dakota,085,Sioux,
33,North Dakota,087,Slope,
33,North Dakota,089,Stark,
33,North Dakota,091,Steele,
33,North Dakota,093,Stutsman,
33,North Dakota,095,Towner,
33,North Dakota,097,Traill,
33,North Dakota,099,Walsh,
33,North Dakota,101,Ward,
33,North Dakota,103,Wells,
33,North Dakota,105,Williams,
34,Ohio,001,Adams,
34,Ohio,003,Allen,
34,Ohio,005,Ashland,
34,Ohio,007,Ashtabula,
34,Ohio,009,Athens,
34,Ohio,011,Auglaize,
34,Ohio,013,Belmont,
34,Ohio,015,Brown,
34,Ohio,017,Butler,
34,Ohio,019,Carroll,
34,Ohio,021,Champaign,
34,Ohio,023,Clark,
34,Ohio,025,Clermont,
34,Ohio,027,Clinton,
34,Ohio,029,Columbiana,
34,Ohio,031,Coshocton,
34,Ohio,033,Crawford,
34,Ohio,035,Cuyahoga,
34,Ohio,037,Darke,
34,Ohio,039,Defiance,
34,Ohio,041,Delaware,
34,Ohio,043,Erie,
34,Ohio,045,Fairfield,
34,Ohio,047,Fayette,
34,Ohio,049,Franklin,
34,Ohio,051,Fulton,
34,Ohio,053,Gallia,
34,Ohio,055,Geauga,
34,Ohio,057,Greene,
34,Ohio,059,Guernsey,
34,Ohio,061,Hamilton,
34,Ohio,063,Hancock,
34,Ohio,065,Hardin,
34,Ohio,067,Harrison,
34,Ohio,069,Henry,
34,Ohio,071,Highland,
34,Ohio,073,Hocking,
34,Ohio,075,Holmes,
34,Ohio,077,Huron,
34,Ohio,079,Jackson,
34,Ohio,081,Jefferson,
34,Ohio,083,Knox,
34,Ohio,085,Lake,
34,Ohio,087,Lawrence,
34,Ohio,089,Licking,
34,Ohio,091,Logan,
34,Ohio,093,Lorain,
34,Ohio,095,Lucas,
34,Ohio,097,Madison,
34,Ohio,099,Mahoning,
34,Ohio,101,Marion,
34,Ohio,103,Medina,
34,Ohio,105,Meigs,
34,Ohio,107,Mercer,
34,Ohio,109,Miami,
34,Ohio,111,Monroe,
34,Ohio,113,Montgomery,
34,Ohio,115,Morgan,
34,Ohio,117,Morrow,
34,Ohio,119,Muskingum,
34,Ohio,121,Noble,
34,Ohio,123,Ottawa,
34,Ohio,125,Paulding,
34,Ohio,127,Perry,
34,Ohio,129,Pickaway,
34,Ohio,131,Pike,
34,Ohio,133,Portage,
34,Ohio,135,Preble,
34,Ohio,137,Putnam,
34,Ohio,139,Richland,
34,Ohio,141,Ross,
34,Ohio,143,Sandusky,
34,Ohio,145,Scioto,
34,Ohio,147,Seneca,
34,Ohio,149,Shelby,
34,Ohio,151,Stark,
34,Ohio,153,Summit,
34,Ohio,155,Trumbull,
34,Ohio,157,Tuscarawas,
34,Ohio,159,Union,
34,Ohio,161,Van Wert,
34,Ohio,163,Vinton,
34,Ohio,165,Warren,
34,Ohio,167,Washington,
34,Ohio,169,Wayne,
34,Ohio,171,Williams,
34,Ohio,173,Wood,
34,Ohio,175,Wyandot,
34,Ohio,534,Lake Erie,Great Lakes waters (API list only)
35,Oklahoma,001,Adair,
35,Oklahoma,003,Alfalfa,
35,Oklahoma,005,Atoka,
35,Oklahoma,007,Beaver,
35,Oklahoma,009,Beckham,
35,Oklahoma,011,Blaine,
35,Oklahoma,013,Bryan,
35,Oklahoma,015,Caddo,
35,Oklahoma,017,Canadian,
35,Oklahoma,019,Carter,
35,Oklahoma,021,Cherokee,
35,Oklahoma,023,Choctaw,
35,Oklahoma,025,Cimarron,
35,Oklahoma,027,Cleveland,
35,Oklahoma,029,Coal,
35,Oklahoma,031,Comanche,
35,Oklahoma,033,Cotton,
35,Oklahoma,035,Craig,
35,Oklahoma,037,Creek,
35,Oklahoma,039,Custer,
35,Oklahoma,041,Delaware,
35,Oklahoma,043,Dewey,
35,Oklahoma,045,Ellis,
35,Oklahoma,047,Garfield,
35,Oklahoma,049,Garvin,
35,Oklahoma,051,Grady,
35,Oklahoma,053,Grant,
35,Oklahoma,055,Greer,
35,Oklahoma,057,Harmon,
35,Oklahoma,059,Harper,
35,Oklahoma,061,Haskell,
35,Oklahoma,063,Hughes,
35,Oklahoma,065,Jackson,
35,Oklahoma,067,Jefferson,
35,Oklahoma,069,Johnston,
35,Oklahoma,071,Kay,
35,Oklahoma,073,Kingfisher,
35,Oklahoma,075,Kiowa,
35,Oklahoma,077,Latimer,
35,Oklahoma,079,Le Flore,
35,Oklahoma,081,Lincoln,
35,Oklahoma,083,Logan,
35,Oklahoma,085,Love,
35,Oklahoma,087,McClain,
35,Oklahoma,089,McCurtain,
35,Oklahoma,091,McIntosh,
35,Oklahoma,093,Major,
35,Oklahoma,095,Marshall,
35,Oklahoma,097,Mayes,
35,Oklahoma,099,Murray,
35,Oklahoma,101,Muskogee,
35,Oklahoma,103,Noble,
35,Oklahoma,105,Nowata,
35,Oklahoma,107,Okfuskee,
35,Oklahoma,109,Oklahoma,
35,Oklahoma,111,Okmulgee,
35,Oklahoma,113,Osage,
35,Oklahoma,115,Ottawa,
35,Oklahoma,117,Pawnee,
35,Oklahoma,119,Payne,
35,Oklahoma,121,Pittsburg,
35,Oklahoma,123,Pontotoc,
35,Oklahoma,125,Pottawatomie,
35,Oklahoma,127,Pushmataha,
35,Oklahoma,129,Roger Mills,
35,Oklahoma,131,Rogers,
35,Oklahoma,133,Seminole,
35,Oklahoma,135,Sequoyah,
35,Oklahoma,137,Stephens,
35,Oklahoma,139,Texas,
35,Oklahoma,141,Tillman,
35,Oklahoma,143,Tulsa,
35,Oklahoma,145,Wagoner,
35,Oklahoma,147,Washington,
35,Oklahoma,149,Washita,
35,Oklahoma,151,Woods,
35,Oklahoma,153,Woodward,
36,Oregon,001,Baker,
36,Oregon,003,Benton,
36,Oregon,005,Clackamas,
36,Oregon,007,Clatsop,
36,Oregon,009,Columbia,
36,Oregon,011,Coos,
36,Oregon,013,Crook,
36,Oregon,015,Curry,
36,Oregon,017,Deschutes,
36,Oregon,019,Douglas,
36,Oregon,021,Gilliam,
36,Oregon,023,Grant,
36,Oregon,025,Harney,
36,Oregon,027,Hood River,
36,Oregon,029,Jackson,
36,Oregon,031,Jefferson,
36,Oregon,033,Josephine,
36,Oregon,035,Klamath,
36,Oregon,037,Lake,
36,Oregon,039,Lane,
36,Oregon,041,Lincoln,
36,Oregon,043,Linn,
36,Oregon,045,Malheur,
36,Oregon,047,Marion,
36,Oregon,049,Morrow,
36,Oregon,051,Multnomah,
36,Oregon,053,Polk,
36,Oregon,055,Sherman,
36,Oregon,057,Tillamook,
36,Oregon,059,Umatilla,
36,Oregon,061,Union,
36,Oregon,063,Wallowa,
36,Oregon,065,Wasco,
36,Oregon,067,Washington,
36,Oregon,069,Wheeler,
36,Oregon,071,Yamhill,
36,Oregon,207,Clatsop Offshore,offshore state waters: 200 + 007 (Clatsop)
36,Oregon,211,Coos Offshore,offshore state waters: 200 + 011 (Coos)
36,Oregon,215,Curry Offshore,offshore state waters: 200 + 015 (Curry)
36,Oregon,219,Douglas Offshore,offshore state waters: 200 + 019 (Douglas)
36,Oregon,239,Lane Offshore,offshore state waters: 200 + 039 (Lane)
36,Oregon,241,Lincoln Offshore,offshore state waters: 200 + 041 (Lincoln)
36,Oregon,257,Tillamook Offshore,offshore state waters: 200 + 057 (Tillamook)
37,Pennsylvania,001,Adams,
37,Pennsylvania,003,Allegheny,
37,Pennsylvania,005,Armstrong,
37,Pennsylvania,007,Beaver,
37,Pennsylvania,009,Bedford,
37,Pennsylvania,011,Berks,
37,Pennsylvania,013,Blair,
37,Pennsylvania,015,Bradford,
37,Pennsylvania,017,Bucks,
37,Pennsylvania,019,Butler,
37,Pennsylvania,021,Cambria,
37,Pennsylvania,023,Cameron,
37,Pennsylvania,025,Carbon,
37,Pennsylvania,027,Centre,
37,Pennsylvania,029,Chester,
37,Pennsylvania,031,Clarion,
37,Pennsylvania,033,Clearfield,
37,Pennsylvania,035,Clinton,
37,Pennsylvania,037,Columbia,
37,Pennsylvania,039,Crawford,
37,Pennsylvania,041,Cumberland,
37,Pennsylvania,043,Dauphin,
37,Pennsylvania,045,Delaware,
37,Pennsylvania,047,Elk,
37,Pennsylvania,049,Erie,
37,Pennsylvania,051,Fayette,
37,Pennsylvania,053,Forest,
37,Pennsylvania,055,Franklin,
37,Pennsylvania,057,Fulton,
37,Pennsylvania,059,Greene,
37,Pennsylvania,061,Huntingdon,
37,Pennsylvania,063,Indiana,
37,Pennsylvania,065,Jefferson,
37,Pennsylvania,067,Juniata,
37,Pennsylvania,069,Lackawanna,
37,Pennsylvania,071,Lancaster,
37,Pennsylvania,073,Lawrence,
37,Pennsylvania,075,Lebanon,
37,Pennsylvania,077,Lehigh,
37,Pennsylvania,079,Luzerne,
37,Pennsylvania,081,Lycoming,
37,Pennsylvania,083,McKean,
37,Pennsylvania,085,Mercer,
37,Pennsylvania,087,Mifflin,
37,Pennsylvania,089,Monroe,
37,Pennsylvania,091,Montgomery,
37,Pennsylvania,093,Montour,
37,Pennsylvania,095,Northampton,
37,Pennsylvania,097,Northumberland,
37,Pennsylvania,099,Perry,
37,Pennsylvania,101,Philadelphia,
37,Pennsylvania,103,Pike,
37,Pennsylvania,105,Potter,
37,Pennsylvania,107,Schuylkill,
37,Pennsylvania,109,Snyder,
37,Pennsylvania,111,Somerset,
37,Pennsylvania,113,Sullivan,
37,Pennsylvania,115,Susquehanna,
37,Pennsylvania,117,Tioga,
37,Pennsylvania,119,Union,
37,Pennsylvania,121,Venango,
37,Pennsylvania,123,Warren,
37,Pennsylvania,125,Washington,
37,Pennsylvania,127,Wayne,
37,Pennsylvania,129,Westmoreland,
37,Pennsylvania,131,Wyoming,
37,Pennsylvania,133,York,
37,Pennsylvania,537,Lake Erie,Great Lakes waters (API list only)
38,Rhode Island,001,Bristol,
38,Rhode Island,003,Kent,
38,Rhode Island,005,Newport,
38,Rhode Island,007,Providence,
38,Rhode Island,009,Washington,
38,Rhode Island,205,Newport Offshore,offshore state waters: 200 + 005 (Newport)
38,Rhode Island,209,Washington Offshore,offshore state waters: 200 + 009 (Washington)
39,South Carolina,001,Abbeville,
39,South Carolina,003,Aiken,
39,South Carolina,005,Allendale,
39,South Carolina,007,Anderson,
39,South Carolina,009,Bamberg,
39,South Carolina,011,Barnwell,
39,South Carolina,013,Beaufort,
39,South Carolina,015,Berkeley,
39,South Carolina,017,Calhoun,
39,South Carolina,019,Charleston,
39,South Carolina,021,Cherokee,
39,South Carolina,023,Chester,
39,South Carolina,025,Chesterfield,
39,South Carolina,027,Clarendon,
39,South Carolina,029,Colleton,
39,South Carolina,031,Darlington,
39,South Carolina,033,Dillon,
39,South Carolina,035,Dorchester,
39,South Carolina,037,Edgefield,
39,South Carolina,039,Fairfield,
39,South Carolina,041,Florence,
39,South Carolina,043,Georgetown,
39,South Carolina,045,Greenville,
39,South Carolina,047,Greenwood,
39,South Carolina,049,Hampton,
39,South Carolina,051,Horry,
39,South Carolina,053,Jasper,
39,South Carolina,055,Kershaw,
39,South Carolina,057,Lancaster,
39,South Carolina,059,Laurens,
39,South Carolina,061,Lee,
39,South Carolina,063,Lexington,
39,South Carolina,065,McCormick,
39,South Carolina,067,Marion,
39,South Carolina,069,Marlboro,
39,South Carolina,071,Newberry,
39,South Carolina,073,Oconee,
39,South Carolina,075,Orangeburg,
39,South Carolina,077,Pickens,
39,South Carolina,079,Richland,
39,South Carolina,081,Saluda,
39,South Carolina,083,Spartanburg,
39,South Carolina,085,Sumter,
39,South Carolina,087,Union,
39,South Carolina,089,Williamsburg,
39,South Carolina,091,York,
39,South Carolina,104,James Island,offshore area named after an Atlantic map sheet (API list only)
39,South Carolina,213,Beaufort Offshore,offshore state waters: 200 + 013 (Beaufort)
39,South Carolina,219,Charleston Offshore,offshore state waters: 200 + 019 (Charleston)
39,South Carolina,229,Colleton Offshore,offshore state waters: 200 + 029 (Colleton)
39,South Carolina,243,Georgetown Offshore,offshore state waters: 200 + 043 (Georgetown)
39,South Carolina,251,Horry Offshore,offshore state waters: 200 + 051 (Horry)
40,South Dakota,003,Aurora,
40,South Dakota,005,Beadle,
40,South Dakota,007,Bennett,
40,South Dakota,009,Bon Homme,
40,South Dakota,011,Brookings,
40,South Dakota,013,Brown,
40,South Dakota,015,Brule,
40,South Dakota,017,Buffalo,
40,South Dakota,019,Butte,
40,South Dakota,021,Campbell,
40,South Dakota,023,Charles Mix,
40,South Dakota,025,Clark,
40,South Dakota,027,Clay,
40,South Dakota,029,Codington,
40,South Dakota,031,Corson,
40,South Dakota,033,Custer,
40,South Dakota,035,Davison,
40,South Dakota,037,Day,
40,South Dakota,039,Deuel,
40,South Dakota,041,Dewey,
40,South Dakota,043,Douglas,
40,South Dakota,045,Edmunds,
40,South Dakota,047,Fall River,
40,South Dakota,049,Faulk,
40,South Dakota,051,Grant,
40,South Dakota,053,Gregory,
40,South Dakota,055,Haakon,
40,South Dakota,057,Hamlin,
40,South Dakota,059,Hand,
40,South Dakota,061,Hanson,
40,South Dakota,063,Harding,
40,South Dakota,065,Hughes,
40,South Dakota,067,Hutchinson,
40,South Dakota,069,Hyde,
40,South Dakota,071,Jackson,
40,South Dakota,073,Jerauld,
40,South Dakota,075,Jones,
40,South Dakota,077,Kingsbury,
40,South Dakota,079,Lake,
40,South Dakota,081,Lawrence,
40,South Dakota,083,Lincoln,
40,South Dakota,085,Lyman,
40,South Dakota,087,McCook,
40,South Dakota,089,McPherson,
40,South Dakota,091,Marshall,
40,South Dakota,093,Meade,
40,South Dakota,095,Mellette,
40,South Dakota,097,Miner,
40,South Dakota,099,Minnehaha,
40,South Dakota,101,Moody,
40,South Dakota,102,Oglala Lakota,FIPS code since 2015 (was 113 Shannon); not in API list - unverified
40,South Dakota,103,Pennington,
40,South Dakota,105,Perkins,
40,South Dakota,107,Potter,
40,South Dakota,109,Roberts,
40,South Dakota,111,Sanborn,
40,South Dakota,113,Shannon,FIPS until 2015 (renamed Oglala Lakota = FIPS 102); in API list
40,South Dakota,115,Spink,
40,South Dakota,117,Stanley,
40,South Dakota,119,Sully,
40,South Dakota,121,Todd,
40,South Dakota,123,Tripp,
40,South Dakota,125,Turner,
40,South Dakota,127,Union,
40,South Dakota,129,Walworth,
40,South Dakota,131,Washabaugh,former county (merged into Jackson 1983); in API list
40,South Dakota,135,Yankton,
40,South Dakota,137,Ziebach,
41,Tennessee,001,Anderson,
41,Tennessee,003,Bedford,
41,Tennessee,005,Benton,
41,Tennessee,007,Bledsoe,
41,Tennessee,009,Blount,
41,Tennessee,011,Bradley,
41,Tennessee,013,Campbell,
41,Tennessee,015,Cannon,
41,Tennessee,017,Carroll,
41,Tennessee,019,Carter,
41,Tennessee,021,Cheatham,
41,Tennessee,023,Chester,
41,Tennessee,025,Claiborne,
41,Tennessee,027,Clay,
41,Tennessee,029,Cocke,
41,Tennessee,031,Coffee,
41,Tennessee,033,Crockett,
41,Tennessee,035,Cumberland,
41,Tennessee,037,Davidson,
41,Tennessee,039,Decatur,
41,Tennessee,041,DeKalb,
41,Tennessee,043,Dickson,
41,Tennessee,045,Dyer,
41,Tennessee,047,Fayette,
41,Tennessee,049,Fentress,
41,Tennessee,051,Franklin,
41,Tennessee,053,Gibson,
41,Tennessee,055,Giles,
41,Tennessee,057,Grainger,
41,Tennessee,059,Greene,
41,Tennessee,061,Grundy,
41,Tennessee,063,Hamblen,
41,Tennessee,065,Hamilton,
41,Tennessee,067,Hancock,
41,Tennessee,069,Hardeman,
41,Tennessee,071,Hardin,
41,Tennessee,073,Hawkins,
41,Tennessee,075,Haywood,
41,Tennessee,077,Henderson,
41,Tennessee,079,Henry,
41,Tennessee,081,Hickman,
41,Tennessee,083,Houston,
41,Tennessee,085,Humphreys,
41,Tennessee,087,Jackson,
41,Tennessee,089,Jefferson,
41,Tennessee,091,Johnson,
41,Tennessee,093,Knox,
41,Tennessee,095,Lake,
41,Tennessee,097,Lauderdale,
41,Tennessee,099,Lawrence,
41,Tennessee,101,Lewis,
41,Tennessee,103,Lincoln,
41,Tennessee,105,Loudon,
41,Tennessee,107,McMinn,
41,Tennessee,109,McNairy,
41,Tennessee,111,Macon,
41,Tennessee,113,Madison,
41,Tennessee,115,Marion,
41,Tennessee,117,Marshall,
41,Tennessee,119,Maury,
41,Tennessee,121,Meigs,
41,Tennessee,123,Monroe,
41,Tennessee,125,Montgomery,
41,Tennessee,127,Moore,
41,Tennessee,129,Morgan,
41,Tennessee,131,Obion,
41,Tennessee,133,Overton,
41,Tennessee,135,Perry,
41,Tennessee,137,Pickett,
41,Tennessee,139,Polk,
41,Tennessee,141,Putnam,
41,Tennessee,143,Rhea,
41,Tennessee,145,Roane,
41,Tennessee,147,Robertson,
41,Tennessee,149,Rutherford,
41,Tennessee,151,Scott,
41,Tennessee,153,Sequatchie,
41,Tennessee,155,Sevier,
41,Tennessee,157,Shelby,
41,Tennessee,159,Smith,
41,Tennessee,161,Stewart,
41,Tennessee,163,Sullivan,
41,Tennessee,165,Sumner,
41,Tennessee,167,Tipton,
41,Tennessee,169,Trousdale,
41,Tennessee,171,Unicoi,
41,Tennessee,173,Union,
41,Tennessee,175,Van Buren,
41,Tennessee,177,Warren,
41,Tennessee,179,Washington,
41,Tennessee,181,Wayne,
41,Tennessee,183,Weakley,
41,Tennessee,185,White,
41,Tennessee,187,Williamson,
41,Tennessee,189,Wilson,
42,Texas,001,Anderson,
42,Texas,003,Andrews,
42,Texas,005,Angelina,
42,Texas,007,Aransas,
42,Texas,009,Archer,
42,Texas,011,Armstrong,
42,Texas,013,Atascosa,
42,Texas,015,Austin,
42,Texas,017,Bailey,
42,Texas,019,Bandera,
42,Texas,021,Bastrop,
42,Texas,023,Baylor,
42,Texas,025,Bee,
42,Texas,027,Bell,
42,Texas,029,Bexar,
42,Texas,031,Blanco,
42,Texas,033,Borden,
42,Texas,035,Bosque,
42,Texas,037,Bowie,
42,Texas,039,Brazoria,
42,Texas,041,Brazos,
42,Texas,043,Brewster,
42,Texas,045,Briscoe,
42,Texas,047,Brooks,
42,Texas,049,Brown,
42,Texas,051,Burleson,
42,Texas,053,Burnet,
42,Texas,055,Caldwell,
42,Texas,057,Calhoun,
42,Texas,059,Callahan,
42,Texas,061,Cameron,
42,Texas,063,Camp,
42,Texas,065,Carson,
42,Texas,067,Cass,
42,Texas,069,Castro,
42,Texas,071,Chambers,
42,Texas,073,Cherokee,
42,Texas,075,Childress,
42,Texas,077,Clay,
42,Texas,079,Cochran,
42,Texas,081,Coke,
42,Texas,083,Coleman,
42,Texas,085,Collin,
42,Texas,087,Collingsworth,
42,Texas,089,Colorado,
42,Texas,091,Comal,
42,Texas,093,Comanche,
42,Texas,095,Concho,
42,Texas,097,Cooke,
42,Texas,099,Coryell,
42,Texas,101,Cottle,
42,Texas,103,Crane,
42,Texas,105,Crockett,
42,Texas,107,Crosby,
42,Texas,109,Culberson,
42,Texas,111,Dallam,
42,Texas,113,Dallas,
42,Texas,115,Dawson,
42,Texas,117,Deaf Smith,
42,Texas,119,Delta,
42,Texas,121,Denton,
42,Texas,123,DeWitt,
42,Texas,125,Dickens,
42,Texas,127,Dimmit,
42,Texas,129,Donley,
42,Texas,131,Duval,
42,Texas,133,Eastland,
42,Texas,135,Ector,
42,Texas,137,Edwards,
42,Texas,139,Ellis,
42,Texas,141,El Paso,
42,Texas,143,Erath,
42,Texas,145,Falls,
42,Texas,147,Fannin,
42,Texas,149,Fayette,
42,Texas,151,Fisher,
42,Texas,153,Floyd,
42,Texas,155,Foard,
42,Texas,157,Fort Bend,
42,Texas,159,Franklin,
42,Texas,161,Freestone,
42,Texas,163,Frio,
42,Texas,165,Gaines,
42,Texas,167,Galveston,
42,Texas,169,Garza,
42,Texas,171,Gillespie,
42,Texas,173,Glasscock,
42,Texas,175,Goliad,
42,Texas,177,Gonzales,
42,Texas,179,Gray,
42,Texas,181,Grayson,
42,Texas,183,Gregg,
42,Texas,185,Grimes,
42,Texas,187,Guadalupe,
42,Texas,189,Hale,
42,Texas,191,Hall,
42,Texas,193,Hamilton,
42,Texas,195,Hansford,
42,Texas,197,Hardeman,
42,Texas,199,Hardin,
42,Texas,201,Harris,
42,Texas,203,Harrison,
42,Texas,205,Hartley,
42,Texas,207,Haskell,
42,Texas,209,Hays,
42,Texas,211,Hemphill,
42,Texas,213,Henderson,
42,Texas,215,Hidalgo,
42,Texas,217,Hill,
42,Texas,219,Hockley,
42,Texas,221,Hood,
42,Texas,223,Hopkins,
42,Texas,225,Houston,
42,Texas,227,Howard,
42,Texas,229,Hudspeth,
42,Texas,231,Hunt,
42,Texas,233,Hutchinson,
42,Texas,235,Irion,
42,Texas,237,Jack,
42,Texas,239,Jackson,
42,Texas,241,Jasper,
42,Texas,243,Jeff Davis,
42,Texas,245,Jefferson,
42,Texas,247,Jim Hogg,
42,Texas,249,Jim Wells,
42,Texas,251,Johnson,
42,Texas,253,Jones,
42,Texas,255,Karnes,
42,Texas,257,Kaufman,
42,Texas,259,Kendall,
42,Texas,261,Kenedy,
42,Texas,263,Kent,
42,Texas,265,Kerr,
42,Texas,267,Kimble,
42,Texas,269,King,
42,Texas,271,Kinney,
42,Texas,273,Kleberg,
42,Texas,275,Knox,
42,Texas,277,Lamar,
42,Texas,279,Lamb,
42,Texas,281,Lampasas,
42,Texas,283,La Salle,
42,Texas,285,Lavaca,
42,Texas,287,Lee,
42,Texas,289,Leon,
42,Texas,291,Liberty,
42,Texas,293,Limestone,
42,Texas,295,Lipscomb,
42,Texas,297,Live Oak,
42,Texas,299,Llano,
42,Texas,301,Loving,
42,Texas,303,Lubbock,
42,Texas,305,Lynn,
42,Texas,307,McCulloch,
42,Texas,309,McLennan,
42,Texas,311,McMullen,
42,Texas,313,Madison,
42,Texas,315,Marion,
42,Texas,317,Martin,
42,Texas,319,Mason,
42,Texas,321,Matagorda,
42,Texas,323,Maverick,
42,Texas,325,Medina,
42,Texas,327,Menard,
42,Texas,329,Midland,
42,Texas,331,Milam,
42,Texas,333,Mills,
42,Texas,335,Mitchell,
42,Texas,337,Montague,
42,Texas,339,Montgomery,
42,Texas,341,Moore,
42,Texas,343,Morris,
42,Texas,345,Motley,
42,Texas,347,Nacogdoches,
42,Texas,349,Navarro,
42,Texas,351,Newton,
42,Texas,353,Nolan,
42,Texas,355,Nueces,
42,Texas,357,Ochiltree,
42,Texas,359,Oldham,
42,Texas,361,Orange,
42,Texas,363,Palo Pinto,
42,Texas,365,Panola,
42,Texas,367,Parker,
42,Texas,369,Parmer,
42,Texas,371,Pecos,
42,Texas,373,Polk,
42,Texas,375,Potter,
42,Texas,377,Presidio,
42,Texas,379,Rains,
42,Texas,381,Randall,
42,Texas,383,Reagan,
42,Texas,385,Real,
42,Texas,387,Red River,
42,Texas,389,Reeves,
42,Texas,391,Refugio,
42,Texas,393,Roberts,
42,Texas,395,Robertson,
42,Texas,397,Rockwall,
42,Texas,399,Runnels,
42,Texas,401,Rusk,
42,Texas,403,Sabine,
42,Texas,405,San Augustine,
42,Texas,407,San Jacinto,
42,Texas,409,San Patricio,
42,Texas,411,San Saba,
42,Texas,413,Schleicher,
42,Texas,415,Scurry,
42,Texas,417,Shackelford,
42,Texas,419,Shelby,
42,Texas,421,Sherman,
42,Texas,423,Smith,
42,Texas,425,Somervell,
42,Texas,427,Starr,
42,Texas,429,Stephens,
42,Texas,431,Sterling,
42,Texas,433,Stonewall,
42,Texas,435,Sutton,
42,Texas,437,Swisher,
42,Texas,439,Tarrant,
42,Texas,441,Taylor,
42,Texas,443,Terrell,
42,Texas,445,Terry,
42,Texas,447,Throckmorton,
42,Texas,449,Titus,
42,Texas,451,Tom Green,
42,Texas,453,Travis,
42,Texas,455,Trinity,
42,Texas,457,Tyler,
42,Texas,459,Upshur,
42,Texas,461,Upton,
42,Texas,463,Uvalde,
42,Texas,465,Val Verde,
42,Texas,467,Van Zandt,
42,Texas,469,Victoria,
42,Texas,471,Walker,
42,Texas,473,Waller,
42,Texas,475,Ward,
42,Texas,477,Washington,
42,Texas,479,Webb,
42,Texas,481,Wharton,
42,Texas,483,Wheeler,
42,Texas,485,Wichita,
42,Texas,487,Wilbarger,
42,Texas,489,Willacy,
42,Texas,491,Williamson,
42,Texas,493,Wilson,
42,Texas,495,Winkler,
42,Texas,497,Wise,
42,Texas,499,Wood,
42,Texas,501,Yoakum,
42,Texas,503,Young,
42,Texas,505,Zapata,
42,Texas,507,Zavala,
42,Texas,600,South Padre Island Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,601,North Padre Island Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,602,Mustang Island Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,603,Matagorda Island Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,604,Brazos Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,605,Galveston Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,606,High Island Small Block,Gulf of Mexico offshore area (API list only)
42,Texas,700,South Padre Island Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,701,North Padre Island Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,702,Mustang Island Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,703,Matagorda Island Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,704,Brazos Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,705,Brazos South,Gulf of Mexico offshore area (API list only)
42,Texas,706,Galveston Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,707,Galveston South,Gulf of Mexico offshore area (API list only)
42,Texas,708,High Island Large Block,Gulf of Mexico offshore area (API list only)
42,Texas,709,High Island South,Gulf of Mexico offshore area (API list only)
42,Texas,710,High Island East,Gulf of Mexico offshore area (API list only)
42,Texas,711,High Island East and South,Gulf of Mexico offshore area (API list only)
42,Texas,712,Mustang Island East,Gulf of Mexico offshore area (API list only)
42,Texas,713,North Padre Island East,Gulf of Mexico offshore area (API list only)
42,Texas,714,South Padre Island East,Gulf of Mexico offshore area (API list only)
42,Texas,715,Sabine Pass,Gulf of Mexico offshore area (API list only)
43,Utah,001,Beaver,
43,Utah,003,Box Elder,
43,Utah,005,Cache,
43,Utah,007,Carbon,
43,Utah,009,Daggett,
43,Utah,011,Davis,
43,Utah,013,Duchesne,
43,Utah,015,Emery,
43,Utah,017,Garfield,
43,Utah,019,Grand,
43,Utah,021,Iron,
43,Utah,023,Juab,
43,Utah,025,Kane,
43,Utah,027,Millard,
43,Utah,029,Morgan,
43,Utah,031,Piute,
43,Utah,033,Rich,
43,Utah,035,Salt Lake,
43,Utah,037,San Juan,
43,Utah,039,Sanpete,
43,Utah,041,Sevier,
43,Utah,043,Summit,
43,Utah,045,Tooele,
43,Utah,047,Uintah,
43,Utah,049,Utah,
43,Utah,051,Wasatch,
43,Utah,053,Washington,
43,Utah,055,Wayne,
43,Utah,057,Weber,
44,Vermont,001,Addison,
44,Vermont,003,Bennington,
44,Vermont,005,Caledonia,
44,Vermont,007,Chittenden,
44,Vermont,009,Essex,
44,Vermont,011,Franklin,
44,Vermont,013,Grand Isle,
44,Vermont,015,Lamoille,
44,Vermont,017,Orange,
44,Vermont,019,Orleans,
44,Vermont,021,Rutland,
44,Vermont,023,Washington,
44,Vermont,025,Windham,
44,Vermont,027,Windsor,
45,Virginia,001,Accomack,
45,Virginia,003,Albemarle,
45,Virginia,005,Alleghany,
45,Virginia,007,Amelia,
45,Virginia,009,Amherst,
45,Virginia,011,Appomattox,
45,Virginia,013,Arlington,
45,Virginia,015,Augusta,
45,Virginia,017,Bath,
45,Virginia,019,Bedford,
45,Virginia,021,Bland,
45,Virginia,023,Botetourt,
45,Virginia,025,Brunswick,
45,Virginia,027,Buchanan,
45,Virginia,029,Buckingham,
45,Virginia,031,Campbell,
45,Virginia,033,Caroline,
45,Virginia,035,Carroll,
45,Virginia,036,Charles City,
45,Virginia,037,Charlotte,
45,Virginia,041,Chesterfield,
45,Virginia,043,Clarke,
45,Virginia,045,Craig,
45,Virginia,047,Culpeper,
45,Virginia,049,Cumberland,
45,Virginia,051,Dickenson,
45,Virginia,053,Dinwiddie,
45,Virginia,057,Essex,
45,Virginia,059,Fairfax,
45,Virginia,061,Fauquier,
45,Virginia,063,Floyd,
45,Virginia,065,Fluvanna,
45,Virginia,067,Franklin,
45,Virginia,069,Frederick,
45,Virginia,071,Giles,
45,Virginia,073,Gloucester,
45,Virginia,075,Goochland,
45,Virginia,077,Grayson,
45,Virginia,079,Greene,
45,Virginia,081,Greensville,
45,Virginia,083,Halifax,
45,Virginia,085,Hanover,
45,Virginia,087,Henrico,
45,Virginia,089,Henry,
45,Virginia,091,Highland,
45,Virginia,093,Isle of Wight,
45,Virginia,095,James City,
45,Virginia,097,King and Queen,
45,Virginia,099,King George,
45,Virginia,101,King William,
45,Virginia,103,Lancaster,
45,Virginia,105,Lee,
45,Virginia,107,Loudoun,
45,Virginia,109,Louisa,
45,Virginia,110,Currituck Sound,offshore area named after an Atlantic map sheet (API list only)
45,Virginia,111,Lunenburg,
45,Virginia,113,Madison,
45,Virginia,115,Mathews,
45,Virginia,117,Mecklenburg,
45,Virginia,119,Middlesex,
45,Virginia,121,Montgomery,
45,Virginia,123,Nansemond,former county (merged into Suffolk 1974); API list only
45,Virginia,125,Nelson,
45,Virginia,127,New Kent,
45,Virginia,129,Norfolk,former Norfolk County (now Chesapeake); API list only
45,Virginia,131,Northampton,
45,Virginia,133,Northumberland,
45,Virginia,135,Nottoway,
45,Virginia,137,Orange,
45,Virginia,139,Page,
45,Virginia,141,Patrick,
45,Virginia,143,Pittsylvania,
45,Virginia,145,Powhatan,
45,Virginia,147,Prince Edward,
45,Virginia,149,Prince George,
45,Virginia,151,Virginia Beach,API list only (former county code; name as listed)
45,Virginia,153,Prince William,
45,Virginia,155,Pulaski,
45,Virginia,157,Rappahannock,
45,Virginia,159,Richmond,
45,Virginia,161,Roanoke,
45,Virginia,163,Rockbridge,
45,Virginia,165,Rockingham,
45,Virginia,167,Russell,
45,Virginia,169,Scott,
45,Virginia,171,Shenandoah,
45,Virginia,173,Smyth,
45,Virginia,175,Southampton,
45,Virginia,177,Spotsylvania,
45,Virginia,179,Stafford,
45,Virginia,181,Surry,
45,Virginia,183,Sussex,
45,Virginia,185,Tazewell,
45,Virginia,187,Warren,
45,Virginia,191,Washington,
45,Virginia,193,Westmoreland,
45,Virginia,195,Wise,
45,Virginia,197,Wythe,
45,Virginia,199,York,
45,Virginia,201,Accomack Offshore,offshore state waters: 200 + 001 (Accomack)
45,Virginia,331,Northampton Offshore,offshore state waters: 200 + 131 (Northampton)
45,Virginia,351,Virginia Beach Offshore,offshore state waters: 200 + 151 (Virginia Beach)
45,Virginia,399,York Offshore,offshore state waters: 200 + 199 (York)
45,Virginia,510,Alexandria city,independent city (FIPS code; in API list)
45,Virginia,515,Bedford city,former independent city (town since 2013); in API list
45,Virginia,520,Bristol city,independent city (FIPS code; in API list)
45,Virginia,530,Buena Vista city,independent city (FIPS code; in API list)
45,Virginia,540,Charlottesville city,independent city (FIPS code; in API list)
45,Virginia,550,Chesapeake city,independent city (FIPS code; in API list)
45,Virginia,560,Clifton Forge city,former independent city (town since 2001); in API list
45,Virginia,570,Colonial Heights city,independent city (FIPS code; in API list)
45,Virginia,580,Covington city,independent city (FIPS code; in API list)
45,Virginia,590,Danville city,independent city (FIPS code; in API list)
45,Virginia,595,Emporia city,independent city (FIPS code; in API list)
45,Virginia,600,Fairfax city,independent city (FIPS code; in API list)
45,Virginia,610,Falls Church city,independent city (FIPS code; in API list)
45,Virginia,620,Franklin city,independent city (FIPS code; in API list)
45,Virginia,630,Fredericksburg city,independent city (FIPS code; in API list)
45,Virginia,640,Galax city,independent city (FIPS code; in API list)
45,Virginia,650,Hampton city,independent city (FIPS code; in API list)
45,Virginia,660,Harrisonburg city,independent city (FIPS code; in API list)
45,Virginia,670,Hopewell city,independent city (FIPS code; in API list)
45,Virginia,678,Lexington city,independent city (FIPS code; in API list)
45,Virginia,680,Lynchburg city,independent city (FIPS code; in API list)
45,Virginia,683,Manassas city,independent city (FIPS code; in API list)
45,Virginia,685,Manassas Park city,independent city (FIPS code; in API list)
45,Virginia,690,Martinsville city,independent city (FIPS code; in API list)
45,Virginia,700,Newport News city,independent city (FIPS code; in API list)
45,Virginia,710,Norfolk city,independent city (FIPS code; in API list)
45,Virginia,720,Norton city,independent city (FIPS code; in API list)
45,Virginia,730,Petersburg city,independent city (FIPS code; in API list)
45,Virginia,735,Poquoson city,independent city (FIPS code; in API list)
45,Virginia,740,Portsmouth city,independent city (FIPS code; in API list)
45,Virginia,750,Radford city,independent city (FIPS code; in API list)
45,Virginia,760,Richmond city,independent city (FIPS code; in API list)
45,Virginia,770,Roanoke city,independent city (FIPS code; in API list)
45,Virginia,775,Salem city,independent city (FIPS code; in API list)
45,Virginia,780,South Boston city,former independent city (town since 1995); API list only
45,Virginia,790,Staunton city,independent city (FIPS code; in API list)
45,Virginia,800,Suffolk city,independent city (FIPS code; in API list)
45,Virginia,810,Virginia Beach city,independent city (FIPS code; in API list)
45,Virginia,820,Waynesboro city,independent city (FIPS code; in API list)
45,Virginia,830,Williamsburg city,independent city (FIPS code; in API list)
45,Virginia,840,Winchester city,independent city (FIPS code; in API list)
45,Virginia,900,Charlottesville city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,901,Covington city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,902,Clifton Forge city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,903,Alexandria city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,904,Staunton city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,905,Waynesboro city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,906,Bedford city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,907,Lynchburg city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,908,Galax city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,909,Colonial Heights city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,910,Petersburg city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,911,Fairfax city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,912,Falls Church city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,913,Winchester city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,914,Emporia city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,915,South Boston city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,916,Richmond city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,917,Martinsville city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,918,Williamsburg city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,919,Radford city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,920,Suffolk city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,921,Chesapeake city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,922,Norfolk city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,923,Portsmouth city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,924,Danville city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,925,Hopewell city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,926,Virginia Beach city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,927,Roanoke city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,928,Salem city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,929,Buena Vista city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,930,Lexington city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,931,Harrisonburg city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,932,Franklin city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,933,Fredericksburg city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,934,Bristol city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,935,Norton city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,936,Hampton city,alternate independent-city code 900-937 (API list only; origin unverified)
45,Virginia,937,Newport News city,alternate independent-city code 900-937 (API list only; origin unverified)
46,Washington,001,Adams,
46,Washington,003,Asotin,
46,Washington,005,Benton,
46,Washington,007,Chelan,
46,Washington,009,Clallam,
46,Washington,011,Clark,
46,Washington,013,Columbia,
46,Washington,015,Cowlitz,
46,Washington,017,Douglas,
46,Washington,019,Ferry,
46,Washington,021,Franklin,
46,Washington,023,Garfield,
46,Washington,025,Grant,
46,Washington,027,Grays Harbor,
46,Washington,029,Island,
46,Washington,031,Jefferson,
46,Washington,033,King,
46,Washington,035,Kitsap,
46,Washington,037,Kittitas,
46,Washington,039,Klickitat,
46,Washington,041,Lewis,
46,Washington,043,Lincoln,
46,Washington,045,Mason,
46,Washington,047,Okanogan,
46,Washington,049,Pacific,
46,Washington,051,Pend Oreille,
46,Washington,053,Pierce,
46,Washington,055,San Juan,
46,Washington,057,Skagit,
46,Washington,059,Skamania,
46,Washington,061,Snohomish,
46,Washington,063,Spokane,
46,Washington,065,Stevens,
46,Washington,067,Thurston,
46,Washington,069,Wahkiakum,
46,Washington,071,Walla Walla,
46,Washington,073,Whatcom,
46,Washington,075,Whitman,
46,Washington,077,Yakima,
46,Washington,209,Clallam Offshore,offshore state waters: 200 + 009 (Clallam)
46,Washington,227,Grays Harbor Offshore,offshore state waters: 200 + 027 (Grays Harbor)
46,Washington,231,Jefferson Offshore,offshore state waters: 200 + 031 (Jefferson)
46,Washington,249,Pacific Offshore,offshore state waters: 200 + 049 (Pacific)
46,Washington,269,Wahkiakum Offshore,offshore state waters: 200 + 069 (Wahkiakum)
47,West Virginia,001,Barbour,
47,West Virginia,003,Berkeley,
47,West Virginia,005,Boone,
47,West Virginia,007,Braxton,
47,West Virginia,009,Brooke,
47,West Virginia,011,Cabell,
47,West Virginia,013,Calhoun,
47,West Virginia,015,Clay,
47,West Virginia,017,Doddridge,
47,West Virginia,019,Fayette,
47,West Virginia,021,Gilmer,
47,West Virginia,023,Grant,
47,West Virginia,025,Greenbrier,
47,West Virginia,027,Hampshire,
47,West Virginia,029,Hancock,
47,West Virginia,031,Hardy,
47,West Virginia,033,Harrison,
47,West Virginia,035,Jackson,
47,West Virginia,037,Jefferson,
47,West Virginia,039,Kanawha,
47,West Virginia,041,Lewis,
47,West Virginia,043,Lincoln,
47,West Virginia,045,Logan,
47,West Virginia,047,McDowell,
47,West Virginia,049,Marion,
47,West Virginia,051,Marshall,
47,West Virginia,053,Mason,
47,West Virginia,055,Mercer,
47,West Virginia,057,Mineral,
47,West Virginia,059,Mingo,
47,West Virginia,061,Monongalia,
47,West Virginia,063,Monroe,
47,West Virginia,065,Morgan,
47,West Virginia,067,Nicholas,
47,West Virginia,069,Ohio,
47,West Virginia,071,Pendleton,
47,West Virginia,073,Pleasants,
47,West Virginia,075,Pocahontas,
47,West Virginia,077,Preston,
47,West Virginia,079,Putnam,
47,West Virginia,081,Raleigh,
47,West Virginia,083,Randolph,
47,West Virginia,085,Ritchie,
47,West Virginia,087,Roane,
47,West Virginia,089,Summers,
47,West Virginia,091,Taylor,
47,West Virginia,093,Tucker,
47,West Virginia,095,Tyler,
47,West Virginia,097,Upshur,
47,West Virginia,099,Wayne,
47,West Virginia,101,Webster,
47,West Virginia,103,Wetzel,
47,West Virginia,105,Wirt,
47,West Virginia,107,Wood,
47,West Virginia,109,Wyoming,
48,Wisconsin,001,Adams,
48,Wisconsin,003,Ashland,
48,Wisconsin,005,Barron,
48,Wisconsin,007,Bayfield,
48,Wisconsin,009,Brown,
48,Wisconsin,011,Buffalo,
48,Wisconsin,013,Burnett,
48,Wisconsin,015,Calumet,
48,Wisconsin,017,Chippewa,
48,Wisconsin,019,Clark,
48,Wisconsin,021,Columbia,
48,Wisconsin,023,Crawford,
48,Wisconsin,025,Dane,
48,Wisconsin,027,Dodge,
48,Wisconsin,029,Door,
48,Wisconsin,031,Douglas,
48,Wisconsin,033,Dunn,
48,Wisconsin,035,Eau Claire,
48,Wisconsin,037,Florence,
48,Wisconsin,039,Fond du Lac,
48,Wisconsin,041,Forest,
48,Wisconsin,043,Grant,
48,Wisconsin,045,Green,
48,Wisconsin,047,Green Lake,
48,Wisconsin,049,Iowa,
48,Wisconsin,051,Iron,
48,Wisconsin,053,Jackson,
48,Wisconsin,055,Jefferson,
48,Wisconsin,057,Juneau,
48,Wisconsin,059,Kenosha,
48,Wisconsin,061,Kewaunee,
48,Wisconsin,063,La Crosse,
48,Wisconsin,065,Lafayette,
48,Wisconsin,067,Langlade,
48,Wisconsin,069,Lincoln,
48,Wisconsin,071,Manitowoc,
48,Wisconsin,073,Marathon,
48,Wisconsin,075,Marinette,
48,Wisconsin,077,Marquette,
48,Wisconsin,078,Menominee,even code: county created 1961
48,Wisconsin,079,Milwaukee,
48,Wisconsin,081,Monroe,
48,Wisconsin,083,Oconto,
48,Wisconsin,085,Oneida,
48,Wisconsin,087,Outagamie,
48,Wisconsin,089,Ozaukee,
48,Wisconsin,091,Pepin,
48,Wisconsin,093,Pierce,
48,Wisconsin,095,Polk,
48,Wisconsin,097,Portage,
48,Wisconsin,099,Price,
48,Wisconsin,101,Racine,
48,Wisconsin,103,Richland,
48,Wisconsin,105,Rock,
48,Wisconsin,107,Rusk,
48,Wisconsin,109,St. Croix,
48,Wisconsin,111,Sauk,
48,Wisconsin,113,Sawyer,
48,Wisconsin,115,Shawano,
48,Wisconsin,117,Sheboygan,
48,Wisconsin,119,Taylor,
48,Wisconsin,121,Trempealeau,
48,Wisconsin,123,Vernon,
48,Wisconsin,125,Vilas,
48,Wisconsin,127,Walworth,
48,Wisconsin,129,Washburn,
48,Wisconsin,131,Washington,
48,Wisconsin,133,Waukesha,
48,Wisconsin,135,Waupaca,
48,Wisconsin,137,Waushara,
48,Wisconsin,139,Winnebago,
48,Wisconsin,141,Wood,
48,Wisconsin,548,Lake Michigan,Great Lakes waters (API list only)
48,Wisconsin,570,Lake Superior,Great Lakes waters (API list only)
49,Wyoming,001,Albany,
49,Wyoming,003,Big Horn,
49,Wyoming,005,Campbell,
49,Wyoming,007,Carbon,
49,Wyoming,009,Converse,
49,Wyoming,011,Crook,
49,Wyoming,013,Fremont,
49,Wyoming,015,Goshen,
49,Wyoming,017,Hot Springs,
49,Wyoming,019,Johnson,
49,Wyoming,021,Laramie,
49,Wyoming,023,Lincoln,
49,Wyoming,025,Natrona,
49,Wyoming,027,Niobrara,
49,Wyoming,029,Park,
49,Wyoming,031,Platte,
49,Wyoming,033,Sheridan,
49,Wyoming,035,Sublette,
49,Wyoming,037,Sweetwater,
49,Wyoming,039,Teton,
49,Wyoming,041,Uinta,
49,Wyoming,043,Washakie,
49,Wyoming,045,Weston,
49,Wyoming,047,Yellowstone National Park,Yellowstone National Park (API list only)
50,Alaska,001,Adak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,003,Afognak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,004,Alsek Valley,AK area outside the odd quadrangle sequence (API list)
50,Alaska,005,Ambler River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,007,Amukta,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,009,Anchorage,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,011,Arctic,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,013,Atka,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,015,Atlin,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,017,Attu,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,019,Baird Inlet,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,021,Baird Mountains,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,023,Barrow,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,025,Barter Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,027,Beaver,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,029,Beechey Point,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,031,Bendeleben,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,033,Bering Glacier,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,035,Bethel,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,037,Bettles,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,039,Big Delta,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,041,Black,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,043,Black River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,045,Blying Sound,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,047,Bradfield Canal,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,049,Bristol Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,051,Candle,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,053,Cape Mendenhall,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,055,Chandalar,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,057,Chandler Lake,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,059,Charley River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,061,Chignik,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,063,Christian,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,065,Circle,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,067,Coleen,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,069,Cordova,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,071,Craig,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,072,Dall Seamount,AK area outside the odd quadrangle sequence (API list)
50,Alaska,073,De Long Mountains,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,075,Demarcation Point,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,077,Dillingham,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,079,Dixon Entrance,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,081,Eagle,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,083,Fairbanks,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,085,Fairweather,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,087,False Pass,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,089,Flaxman Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,091,Fort Yukon,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,093,Cold Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,095,Gareloi Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,097,Goodnews Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,099,Gulkana,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,101,Hagemeister Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,103,Harrison Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,105,Healy,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,107,Holy Cross,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,109,Hooper Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,111,Howard Pass,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,113,Hughes,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,115,Icy Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,117,Iditarod,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,119,Ikpikpuk River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,121,Iliamna,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,123,Juneau,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,125,Kaguyak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,127,Kantishna River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,129,Karluk,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,131,Kateel River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,133,Kenai,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,135,Ketchikan,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,137,Killik River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,139,Kiska,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,141,Kodiak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,143,Kotzebue,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,145,Kuskokwim Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,147,Kwiguk,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,149,Lake Clark,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,151,Lime Hills,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,153,Livengood,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,155,Lookout Ridge,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,157,Marshall,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,159,McCarthy,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,161,McGrath,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,163,Meade River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,165,Medfra,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,167,Melozitna,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,169,Middleton Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,171,Misheguk Mountain,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,173,Mt. Hayes,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,175,Mt. Katmai,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,177,Mt. McKinley,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,179,Mt. Michelson,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,181,Mt. St. Elias,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,183,Nabesna,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,185,Naknek,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,187,Noatak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,189,Nome,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,191,Norton Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,193,Nulato,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,195,Nunivak Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,197,Nushagak Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,199,Ophir,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,201,Petersburg,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,203,Philip Smith Mountains,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,205,Point Hope,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,207,Point Lay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,209,Port Alexander,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,211,Port Moller,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,213,Pribilof Islands,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,215,Prince Rupert,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,217,Rat Islands,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,219,Ruby,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,221,Russian Mission,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,223,Sagavanirktok,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,225,Samalga Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,227,Seguam,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,229,Selawik,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,231,Seldovia,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,233,Seward,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,235,Shishmaref,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,237,Shungnak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,239,Simeonof Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,241,Sitka,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,243,Skagway,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,245,Sleetmute,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,247,Solomon,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,249,St. Matthew,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,251,Stepovak Bay,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,253,St. Lawrence,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,255,St. Michael,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,257,Sumdum,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,259,Survey Pass,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,261,Sutwik Island,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,262,Dease Inlet,AK area outside the odd quadrangle sequence (API list)
50,Alaska,263,Table Mountain,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,265,Taku River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,267,Talkeetna,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,269,Talkeetna Mountains,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,271,Tanacross,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,273,Tanana,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,275,Taylor Mountains,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,277,Teller,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,279,Teshekpuk,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,281,Trinity Islands,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,283,Tyonek,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,285,Ugashik,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,287,Umiat,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,289,Umnak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,291,Unalakleet,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,293,Unalaska,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,295,Unimak,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,297,Utukok River,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,299,Valdez,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,301,Wainwright,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,303,Wiseman,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,305,Yakutat,USGS 1:250k quadrangle (AK codes are not FIPS boroughs)
50,Alaska,366,Davidson Bank,AK area outside the odd quadrangle sequence (API list)
50,Alaska,367,St. George East,AK area outside the odd quadrangle sequence (API list)
50,Alaska,397,St. George Island,AK area outside the odd quadrangle sequence (API list)
50,Alaska,601,Adak Offshore,state waters off Adak quadrangle: 600 + 001
50,Alaska,603,Afognak Offshore,state waters off Afognak quadrangle: 600 + 003
50,Alaska,607,Amukta Offshore,state waters off Amukta quadrangle: 600 + 007
50,Alaska,609,Anchorage Offshore,state waters off Anchorage quadrangle: 600 + 009
50,Alaska,613,Atka Offshore,state waters off Atka quadrangle: 600 + 013
50,Alaska,617,Attu Offshore,state waters off Attu quadrangle: 600 + 017
50,Alaska,619,Baird Inlet Offshore,state waters off Baird Inlet quadrangle: 600 + 019
50,Alaska,623,Barrow Offshore,state waters off Barrow quadrangle: 600 + 023
50,Alaska,625,Barter Island Offshore,state waters off Barter Island quadrangle: 600 + 025
50,Alaska,629,Beechey Point Offshore,state waters off Beechey Point quadrangle: 600 + 029
50,Alaska,633,Bering Glacier Offshore,state waters off Bering Glacier quadrangle: 600 + 033
50,Alaska,641,Black Offshore,state waters off Black quadrangle: 600 + 041
50,Alaska,645,Blying Sound Offshore,state waters off Blying Sound quadrangle: 600 + 045
50,Alaska,647,Bradfield Canal Offshore,state waters off Bradfield Canal quadrangle: 600 + 047
50,Alaska,649,Bristol Bay Offshore,state waters off Bristol Bay quadrangle: 600 + 049
50,Alaska,653,Cape Mendenhall Offshore,state waters off Cape Mendenhall quadrangle: 600 + 053
50,Alaska,661,Chignik Offshore,state waters off Chignik quadrangle: 600 + 061
50,Alaska,669,Cordova Offshore,state waters off Cordova quadrangle: 600 + 069
50,Alaska,671,Craig Offshore,state waters off Craig quadrangle: 600 + 071
50,Alaska,673,De Long Mountains Offshore,state waters off De Long Mountains quadrangle: 600 + 073
50,Alaska,675,Demarcation Point Offshore,state waters off Demarcation Point quadrangle: 600 + 075
50,Alaska,679,Dixon Entrance Offshore,state waters off Dixon Entrance quadrangle: 600 + 079
50,Alaska,685,Fairweather Offshore,state waters off Fairweather quadrangle: 600 + 085
50,Alaska,687,False Pass Offshore,state waters off False Pass quadrangle: 600 + 087
50,Alaska,689,Flaxman Island Offshore,state waters off Flaxman Island quadrangle: 600 + 089
50,Alaska,693,Cold Bay Offshore,state waters off Cold Bay quadrangle: 600 + 093
50,Alaska,695,Gareloi Island Offshore,state waters off Gareloi Island quadrangle: 600 + 095
50,Alaska,697,Goodnews Bay Offshore,state waters off Goodnews Bay quadrangle: 600 + 097
50,Alaska,701,Hagemeister Island Offshore,state waters off Hagemeister Island quadrangle: 600 + 101
50,Alaska,703,Harrison Bay Offshore,state waters off Harrison Bay quadrangle: 600 + 103
50,Alaska,709,Hooper Bay Offshore,state waters off Hooper Bay quadrangle: 600 + 109
50,Alaska,715,Icy Bay Offshore,state waters off Icy Bay quadrangle: 600 + 115
50,Alaska,721,Iliamna Offshore,state waters off Iliamna quadrangle: 600 + 121
50,Alaska,723,Juneau Offshore,state waters off Juneau quadrangle: 600 + 123
50,Alaska,725,Kaguyak Offshore,state waters off Kaguyak quadrangle: 600 + 125
50,Alaska,729,Karluk Offshore,state waters off Karluk quadrangle: 600 + 129
50,Alaska,733,Kenai Offshore,state waters off Kenai quadrangle: 600 + 133
50,Alaska,735,Ketchikan Offshore,state waters off Ketchikan quadrangle: 600 + 135
50,Alaska,737,Killik River Offshore,state waters off Killik River quadrangle: 600 + 137
50,Alaska,739,Kiska Offshore,state waters off Kiska quadrangle: 600 + 139
50,Alaska,741,Kodiak Offshore,state waters off Kodiak quadrangle: 600 + 141
50,Alaska,743,Kotzebue Offshore,state waters off Kotzebue quadrangle: 600 + 143
50,Alaska,745,Kuskokwim Bay Offshore,state waters off Kuskokwim Bay quadrangle: 600 + 145
50,Alaska,747,Kwiguk Offshore,state waters off Kwiguk quadrangle: 600 + 147
50,Alaska,763,Meade River Offshore,state waters off Meade River quadrangle: 600 + 163
50,Alaska,769,Middleton Island Offshore,state waters off Middleton Island quadrangle: 600 + 169
50,Alaska,775,Mt. Katmai Offshore,state waters off Mt. Katmai quadrangle: 600 + 175
50,Alaska,779,Mt. Michelson Offshore,state waters off Mt. Michelson quadrangle: 600 + 179
50,Alaska,781,Mt. St. Elias Offshore,state waters off Mt. St. Elias quadrangle: 600 + 181
50,Alaska,785,Naknek Offshore,state waters off Naknek quadrangle: 600 + 185
50,Alaska,787,Noatak Offshore,state waters off Noatak quadrangle: 600 + 187
50,Alaska,789,Nome Offshore,state waters off Nome quadrangle: 600 + 189
50,Alaska,791,Norton Bay Offshore,state waters off Norton Bay quadrangle: 600 + 191
50,Alaska,795,Nunivak Island Offshore,state waters off Nunivak Island quadrangle: 600 + 195
50,Alaska,797,Nushagak Bay Offshore,state waters off Nushagak Bay quadrangle: 600 + 197
50,Alaska,801,Petersburg Offshore,state waters off Petersburg quadrangle: 600 + 201
50,Alaska,805,Point Hope Offshore,state waters off Point Hope quadrangle: 600 + 205
50,Alaska,807,Point Lay Offshore,state waters off Point Lay quadrangle: 600 + 207
50,Alaska,809,Port Alexander Offshore,state waters off Port Alexander quadrangle: 600 + 209
50,Alaska,811,Port Moller Offshore,state waters off Port Moller quadrangle: 600 + 211
50,Alaska,813,Pribilof Islands Offshore,state waters off Pribilof Islands quadrangle: 600 + 213
50,Alaska,815,Prince Rupert Offshore,state waters off Prince Rupert quadrangle: 600 + 215
50,Alaska,817,Rat Islands Offshore,state waters off Rat Islands quadrangle: 600 + 217
50,Alaska,825,Samalga Island Offshore,state waters off Samalga Island quadrangle: 600 + 225
50,Alaska,827,Seguam Offshore,state waters off Seguam quadrangle: 600 + 227
50,Alaska,829,Selawik Offshore,state waters off Selawik quadrangle: 600 + 229
50,Alaska,831,Seldovia Offshore,state waters off Seldovia quadrangle: 600 + 231
50,Alaska,833,Seward Offshore,state waters off Seward quadrangle: 600 + 233
50,Alaska,835,Shishmaref Offshore,state waters off Shishmaref quadrangle: 600 + 235
50,Alaska,839,Simeonof Island Offshore,state waters off Simeonof Island quadrangle: 600 + 239
50,Alaska,841,Sitka Offshore,state waters off Sitka quadrangle: 600 + 241
50,Alaska,843,Skagway Offshore,state waters off Skagway quadrangle: 600 + 243
50,Alaska,847,Solomon Offshore,state waters off Solomon quadrangle: 600 + 247
50,Alaska,849,St. Matthew Offshore,state waters off St. Matthew quadrangle: 600 + 249
50,Alaska,851,Stepovak Bay Offshore,state waters off Stepovak Bay quadrangle: 600 + 251
50,Alaska,853,St. Lawrence Offshore,state waters off St. Lawrence quadrangle: 600 + 253
50,Alaska,855,St. Michael Offshore,state waters off St. Michael quadrangle: 600 + 255
50,Alaska,857,Sumdum Offshore,state waters off Sumdum quadrangle: 600 + 257
50,Alaska,859,Survey Pass Offshore,state waters off Survey Pass quadrangle: 600 + 259
50,Alaska,861,Sutwik Island Offshore,state waters off Sutwik Island quadrangle: 600 + 261
50,Alaska,865,Taku River Offshore,state waters off Taku River quadrangle: 600 + 265
50,Alaska,877,Teller Offshore,state waters off Teller quadrangle: 600 + 277
50,Alaska,879,Teshekpuk Offshore,state waters off Teshekpuk quadrangle: 600 + 279
50,Alaska,881,Trinity Islands Offshore,state waters off Trinity Islands quadrangle: 600 + 281
50,Alaska,883,Tyonek Offshore,state waters off Tyonek quadrangle: 600 + 283
50,Alaska,885,Ugashik Offshore,state waters off Ugashik quadrangle: 600 + 285
50,Alaska,887,Umiat Offshore,state waters off Umiat quadrangle: 600 + 287
50,Alaska,889,Umnak Offshore,state waters off Umnak quadrangle: 600 + 289
50,Alaska,891,Unalakleet Offshore,state waters off Unalakleet quadrangle: 600 + 291
50,Alaska,893,Unalaska Offshore,state waters off Unalaska quadrangle: 600 + 293
50,Alaska,895,Unimak Offshore,state waters off Unimak quadrangle: 600 + 295
50,Alaska,899,Valdez Offshore,state waters off Valdez quadrangle: 600 + 299
50,Alaska,901,Wainwright Offshore,state waters off Wainwright quadrangle: 600 + 301
50,Alaska,905,Yakutat Offshore,state waters off Yakutat quadrangle: 600 + 305
51,Hawaii,001,Hawaii,FIPS code; API list uses 010 - unverified in API numbers
51,Hawaii,003,Honolulu,FIPS code; API list uses 015 - unverified in API numbers
51,Hawaii,005,Kalawao,FIPS code; API list uses 020 - unverified in API numbers
51,Hawaii,007,Kauai,FIPS code; API list uses 025 - unverified in API numbers
51,Hawaii,009,Maui,FIPS code; API list uses 035 - unverified in API numbers
51,Hawaii,010,Hawaii,API list code (FIPS is 001)
51,Hawaii,015,Honolulu,API list code (FIPS is 003)
51,Hawaii,020,Kalawao,API list code (FIPS is 005)
51,Hawaii,025,Kauai,API list code (FIPS is 007)
51,Hawaii,035,Maui,API list code (FIPS is 009)
55,Alaska Offshore,001,Nm 9-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,002,Nm 9-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,003,Nn 9-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,004,Nn 9-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,005,Prince Rupert,federal offshore (OCS) area (API list only)
55,Alaska Offshore,006,Ketchikan,federal offshore (OCS) area (API list only)
55,Alaska Offshore,007,No 9-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,020,Nr 9-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,021,Nr 9-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,022,Nr 9-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,023,Ns 9-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,024,Ns 9-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,025,Ns 9-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,026,Ns 9-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,027,Nt 9-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,028,Nt 9-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,029,Nt 9-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,030,Nt 9-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,031,Nm 8-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,032,Nm 8-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,033,Nn 8-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,034,Nn 8-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,035,Dixon Entrance,federal offshore (OCS) area (API list only)
55,Alaska Offshore,036,Craig,federal offshore (OCS) area (API list only)
55,Alaska Offshore,037,Port Alexander,federal offshore (OCS) area (API list only)
55,Alaska Offshore,038,Sumdum,federal offshore (OCS) area (API list only)
55,Alaska Offshore,039,Juneau,federal offshore (OCS) area (API list only)
55,Alaska Offshore,049,Nr 8-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,050,Nr 8-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,051,Nr 8-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,052,Nr 8-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,053,Ns 8-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,054,Ns 8-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,055,Ns 8-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,056,Ns 8-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,057,Nt 8-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,058,Nt 8-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,059,Nt 8-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,060,Nt 8-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,061,Nm 8-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,062,Nm 8-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,063,Nn 8-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,064,Nn 8-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,065,Nn 8-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,066,Baker Fan,federal offshore (OCS) area (API list only)
55,Alaska Offshore,067,Goddard,federal offshore (OCS) area (API list only)
55,Alaska Offshore,068,Sitka,federal offshore (OCS) area (API list only)
55,Alaska Offshore,069,Mt. Fairweather,federal offshore (OCS) area (API list only)
55,Alaska Offshore,079,Nr 8-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,080,Nr 8-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,081,Nr 8-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,082,Nr 8-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,083,Ns 8-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,084,Ns 8-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,085,Ns 8-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,086,Ns 8-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,087,Nt 8-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,088,Nt 8-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,089,Nt 8-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,090,Nt 8-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,091,Nm 7-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,092,Nm 7-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,093,Nn 7-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,094,Nn 7-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,095,Nn 7-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,096,Nn 7-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,097,No 7-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,098,No 7-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,099,Alsek Valley,federal offshore (OCS) area (API list only)
55,Alaska Offshore,100,Yakutat,federal offshore (OCS) area (API list only)
55,Alaska Offshore,110,Nr 7-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,111,Nr 7-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,112,Nr 7-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,113,Ns 7-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,114,Ns 7-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,115,Ns 7-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,116,Ns 7-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,117,Nt 7-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,118,Nt 7-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,119,Nt 7-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,120,Nt 7-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,121,Nm 7-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,122,Nm 7-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,123,Nn 7-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,124,Nn 7-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,125,Nn 7-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,126,Nn 7-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,127,Pratt Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,128,No 7-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,129,No 7-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,130,Icy Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,131,Np 7-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,140,Demarcation Point,federal offshore (OCS) area (API list only)
55,Alaska Offshore,141,Barter Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,142,Nr 7-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,143,Beaufort Terrace,federal offshore (OCS) area (API list only)
55,Alaska Offshore,144,Ns 7-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,145,Ns 7-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,146,Ns 7-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,147,Nt 7-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,148,Nt 7-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,149,Nt 7-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,150,Nt 7-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,151,Nm 6-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,152,Nm 6-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,153,Nn 6-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,154,Nn 6-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,155,Nn 6-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,156,Nn 6-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,157,Ely Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,158,No 6-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,159,Dall Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,160,Middleton Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,161,Cordova,federal offshore (OCS) area (API list only)
55,Alaska Offshore,171,Flaxman Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,172,Nr 6-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,173,Ns 6-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,174,Ns 6-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,175,Ns 6-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,176,Ns 6-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,177,Nt 6-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,178,Nt 6-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,179,Nt 6-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,180,Nt 6-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,181,Nm 6-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,182,Nm 6-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,183,Nn 6-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,184,Nn 6-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,185,Nn 6-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,186,Nn 6-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,187,Surveyor Seachannel,federal offshore (OCS) area (API list only)
55,Alaska Offshore,188,Kodiak Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,189,Portlock Bank,federal offshore (OCS) area (API list only)
55,Alaska Offshore,190,Blying Sound,federal offshore (OCS) area (API list only)
55,Alaska Offshore,191,Np 6-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,192,Np 6-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,201,Beechey Point,federal offshore (OCS) area (API list only)
55,Alaska Offshore,202,Nr 6-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,203,Canada Basin,federal offshore (OCS) area (API list only)
55,Alaska Offshore,204,Ns 6-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,205,Ns 6-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,206,Ns 6-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,207,Nt 6-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,208,Nt 6-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,209,Nt 6-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,210,Nt 6-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,211,Nm 5-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,212,Nm 5-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,213,Nn 5-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,214,Nn 5-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,215,Nn 5-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,216,Nn 5-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,217,Albatross Bank,federal offshore (OCS) area (API list only)
55,Alaska Offshore,218,Kodiak,federal offshore (OCS) area (API list only)
55,Alaska Offshore,219,Afognak,federal offshore (OCS) area (API list only)
55,Alaska Offshore,220,Seldovia,federal offshore (OCS) area (API list only)
55,Alaska Offshore,221,Kenai,federal offshore (OCS) area (API list only)
55,Alaska Offshore,222,Np 5-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,231,Harrison Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,232,Nr 5-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,233,Ns 5-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,234,Ns 5-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,235,Ns 5-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,236,Ns 5-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,237,Nt 5-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,238,Nt 5-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,239,Nt 5-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,240,Nt 5-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,241,Nm 5-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,242,Nm 5-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,243,Nn 5-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,244,Nn 5-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,245,Chirikof Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,246,Chirikof Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,247,Trinity Islands,federal offshore (OCS) area (API list only)
55,Alaska Offshore,248,Karluk,federal offshore (OCS) area (API list only)
55,Alaska Offshore,249,Mt. Katmai,federal offshore (OCS) area (API list only)
55,Alaska Offshore,250,Iliamna,federal offshore (OCS) area (API list only)
55,Alaska Offshore,261,Teshekpuk,federal offshore (OCS) area (API list only)
55,Alaska Offshore,262,Dease Inlet,federal offshore (OCS) area (API list only)
55,Alaska Offshore,263,Barrow Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,264,Ns 5-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,265,Ns 5-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,266,Ns 5-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,267,Nt 5-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,268,Nt 5-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,269,Nt 5-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,270,Nt 5-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,271,Nm 4-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,272,Nm 4-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,273,Nn 4-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,274,Walls Knoll,federal offshore (OCS) area (API list only)
55,Alaska Offshore,275,Shumagin Bank,federal offshore (OCS) area (API list only)
55,Alaska Offshore,276,Mitrofania Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,277,Sutwik Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,278,Ugashik,federal offshore (OCS) area (API list only)
55,Alaska Offshore,279,Naknek,federal offshore (OCS) area (API list only)
55,Alaska Offshore,291,Meade River,federal offshore (OCS) area (API list only)
55,Alaska Offshore,292,Barrow,federal offshore (OCS) area (API list only)
55,Alaska Offshore,293,Ns 4-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,294,Ns 4-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,295,Ns 4-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,296,Ns 4-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,297,Nt 4-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,298,Nt 4-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,299,Nt 4-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,300,Nt 4-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,301,Nm 4-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,302,Nm 4-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,303,Sirius Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,304,Derikson Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,305,Simeonof Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,306,Stepovak Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,307,Chignik,federal offshore (OCS) area (API list only)
55,Alaska Offshore,308,No 4-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,309,Hagemeister Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,310,Goodnews,federal offshore (OCS) area (API list only)
55,Alaska Offshore,311,Np 4-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,314,Unalakleet,federal offshore (OCS) area (API list only)
55,Alaska Offshore,315,Cape Denbigh,federal offshore (OCS) area (API list only)
55,Alaska Offshore,316,Nq 4-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,317,Nq 4-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,318,Nq 4-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,321,Wainwright,federal offshore (OCS) area (API list only)
55,Alaska Offshore,322,Hanna Shoal,federal offshore (OCS) area (API list only)
55,Alaska Offshore,323,Ns 4-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,324,Ns 4-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,325,Ns 4-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,326,Ns 4-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,327,Nt 4-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,328,Nt 4-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,329,Nt 4-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,330,Nt 4-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,331,Nm 3-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,332,Nm 3-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,333,Aleutian Trench,federal offshore (OCS) area (API list only)
55,Alaska Offshore,334,Unimak Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,335,False Pass,federal offshore (OCS) area (API list only)
55,Alaska Offshore,336,Cold Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,337,Bristol Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,338,Bristol Bay North,federal offshore (OCS) area (API list only)
55,Alaska Offshore,339,Cape Newenham,federal offshore (OCS) area (API list only)
55,Alaska Offshore,340,Kuskokwim Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,341,Baird Inlet,federal offshore (OCS) area (API list only)
55,Alaska Offshore,343,Kwiguk,federal offshore (OCS) area (API list only)
55,Alaska Offshore,344,St. Michael,federal offshore (OCS) area (API list only)
55,Alaska Offshore,345,Solomon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,347,Kotzebue,federal offshore (OCS) area (API list only)
55,Alaska Offshore,348,Noatak,federal offshore (OCS) area (API list only)
55,Alaska Offshore,349,De Long Mountains,federal offshore (OCS) area (API list only)
55,Alaska Offshore,350,Point Lay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,351,Solivik Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,352,Nr 3-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,353,Ns 3-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,354,Ns 3-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,355,Ns 3-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,356,Ns 3-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,357,Nt 3-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,358,Nt 3-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,359,Nt 3-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,360,Nt 3-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,361,Nm 3-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,362,Nm 3-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,363,Nn 3-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,364,Unalaska,federal offshore (OCS) area (API list only)
55,Alaska Offshore,365,Akutan,federal offshore (OCS) area (API list only)
55,Alaska Offshore,366,Akutan North,federal offshore (OCS) area (API list only)
55,Alaska Offshore,367,St. George East,federal offshore (OCS) area (API list only)
55,Alaska Offshore,368,St. Paul East,federal offshore (OCS) area (API list only)
55,Alaska Offshore,369,Cape Newenham West,federal offshore (OCS) area (API list only)
55,Alaska Offshore,370,Cape Mendenhall,federal offshore (OCS) area (API list only)
55,Alaska Offshore,371,Nunivak Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,372,Hooper Bay,federal offshore (OCS) area (API list only)
55,Alaska Offshore,373,Black,federal offshore (OCS) area (API list only)
55,Alaska Offshore,374,Norton Sound,federal offshore (OCS) area (API list only)
55,Alaska Offshore,375,Nome,federal offshore (OCS) area (API list only)
55,Alaska Offshore,376,Teller,federal offshore (OCS) area (API list only)
55,Alaska Offshore,377,Shishmaref,federal offshore (OCS) area (API list only)
55,Alaska Offshore,378,Cape Seppings,federal offshore (OCS) area (API list only)
55,Alaska Offshore,379,Point Hope,federal offshore (OCS) area (API list only)
55,Alaska Offshore,380,Point Lay West,federal offshore (OCS) area (API list only)
55,Alaska Offshore,381,Nr 3-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,382,Karo,federal offshore (OCS) area (API list only)
55,Alaska Offshore,383,Ns 3-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,384,Ns 3-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,385,Ns 3-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,386,Ns 3-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,387,Nt 3-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,388,Nt 3-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,389,Nt 3-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,390,Nt 3-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,391,Nm 2-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,392,Maury Deep,federal offshore (OCS) area (API list only)
55,Alaska Offshore,393,Samalga Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,394,Umnak,federal offshore (OCS) area (API list only)
55,Alaska Offshore,395,Okmuk Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,396,Pribilof Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,397,St. George Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,398,St. Paul Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,399,St. Paul North,federal offshore (OCS) area (API list only)
55,Alaska Offshore,400,No 2-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,401,Np 2-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,402,Np 2-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,403,Southeast Cape,federal offshore (OCS) area (API list only)
55,Alaska Offshore,404,St. Lawrence,federal offshore (OCS) area (API list only)
55,Alaska Offshore,405,Ukivok,federal offshore (OCS) area (API list only)
55,Alaska Offshore,406,Little Diomede Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,407,Bering Strait,federal offshore (OCS) area (API list only)
55,Alaska Offshore,408,Cape Seppings West,federal offshore (OCS) area (API list only)
55,Alaska Offshore,409,Point Hope West,federal offshore (OCS) area (API list only)
55,Alaska Offshore,410,Chukchi Sea,federal offshore (OCS) area (API list only)
55,Alaska Offshore,411,Studds,federal offshore (OCS) area (API list only)
55,Alaska Offshore,412,Tison,federal offshore (OCS) area (API list only)
55,Alaska Offshore,413,Ns 2-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,414,Ns 2-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,415,Ns 2-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,416,Ns 2-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,417,Nt 2-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,418,Nt 2-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,419,Nt 2-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,420,Nt 2-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,421,Nm 2-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,422,Amukta Pass,federal offshore (OCS) area (API list only)
55,Alaska Offshore,423,Seguam,federal offshore (OCS) area (API list only)
55,Alaska Offshore,424,Amlia Knoll,federal offshore (OCS) area (API list only)
55,Alaska Offshore,425,Chagulak Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,426,Nn 2-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,427,St. George Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,428,St. Paul Spur,federal offshore (OCS) area (API list only)
55,Alaska Offshore,429,Zhemchug Gully,federal offshore (OCS) area (API list only)
55,Alaska Offshore,430,No 2-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,431,St. Matthew,federal offshore (OCS) area (API list only)
55,Alaska Offshore,432,Np 2-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,433,Np 2-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,434,Gambell,federal offshore (OCS) area (API list only)
55,Alaska Offshore,435,Nq 2-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,451,Nm 1-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,452,Adak,federal offshore (OCS) area (API list only)
55,Alaska Offshore,453,Atka,federal offshore (OCS) area (API list only)
55,Alaska Offshore,454,Korovin Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,455,Bowers Seamount,federal offshore (OCS) area (API list only)
55,Alaska Offshore,456,Nn 1-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,457,No 1-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,458,Zhemchug Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,459,Zhemchug Spur,federal offshore (OCS) area (API list only)
55,Alaska Offshore,460,Pervenets Canyon East,federal offshore (OCS) area (API list only)
55,Alaska Offshore,461,Np 1-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,462,Np 1-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,463,Np 1-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,464,Np 1-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,481,Kanaga Basin,federal offshore (OCS) area (API list only)
55,Alaska Offshore,482,Gareloi Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,483,Amchitka Pass,federal offshore (OCS) area (API list only)
55,Alaska Offshore,484,Pochnoi Trough,federal offshore (OCS) area (API list only)
55,Alaska Offshore,485,Bowers Ridge,federal offshore (OCS) area (API list only)
55,Alaska Offshore,486,Nn 1-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,487,No 1-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,488,No 1-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,489,St. Matthew Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,490,Pervenets Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,491,Np 1-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,492,Np 1-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,511,Nm 60-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,512,Rat Islands,federal offshore (OCS) area (API list only)
55,Alaska Offshore,513,Kiska Volcano,federal offshore (OCS) area (API list only)
55,Alaska Offshore,514,Rude Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,515,Bowers Bank,federal offshore (OCS) area (API list only)
55,Alaska Offshore,516,Nn 60-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,517,No 60-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,518,No 60-6,federal offshore (OCS) area (API list only)
55,Alaska Offshore,519,No 60-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,520,No 60-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,541,Nm 60-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,542,Murray Canyon,federal offshore (OCS) area (API list only)
55,Alaska Offshore,543,Shemya Island,federal offshore (OCS) area (API list only)
55,Alaska Offshore,544,Nn 60-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,545,Ulm Plateau,federal offshore (OCS) area (API list only)
55,Alaska Offshore,546,Nn 60-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,547,No 60-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,548,No 60-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,571,Nm 59-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,572,Nm 59-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,573,Attu,federal offshore (OCS) area (API list only)
55,Alaska Offshore,574,Kresta Point,federal offshore (OCS) area (API list only)
55,Alaska Offshore,575,Nn 59-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,576,Nn 59-2,federal offshore (OCS) area (API list only)
55,Alaska Offshore,577,No 59-8,federal offshore (OCS) area (API list only)
55,Alaska Offshore,601,Nm 59-3,federal offshore (OCS) area (API list only)
55,Alaska Offshore,602,Nm 59-1,federal offshore (OCS) area (API list only)
55,Alaska Offshore,603,Nm 59-7,federal offshore (OCS) area (API list only)
55,Alaska Offshore,604,Nm 59-5,federal offshore (OCS) area (API list only)
55,Alaska Offshore,631,Nm 58-4,federal offshore (OCS) area (API list only)
55,Alaska Offshore,632,Nm 58-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,001,Nh 11-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,002,Nh 11-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,021,The Rampart,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,022,Bushnell Knoll,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,023,San Clemente,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,041,Westfall Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,042,Velero Basin,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,043,Patton Ridge,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,044,Santa Rosa Island,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,045,Santa Maria,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,046,San Luis Obispo,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,047,Monterey Bay,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,061,Jasper Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,062,Nh 10-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,063,Ni 10-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,064,Ni 10-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,065,Arguello Fan,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,066,Sur Canyon,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,067,Santa Cruz,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,068,San Francisco,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,069,Santa Rosa,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,070,Ukiah,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,081,Nh 10-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,082,Nh 10-1,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,083,Ni 10-10,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,084,Ni 10-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,085,Ni 10-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,086,Monterey Fan,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,087,Taney Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,088,Bodega Canyon,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,089,Arena Canyon,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,090,Noyo Canyon,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,091,Eureka,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,092,Crescent City,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,093,Cape Blanco,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,094,Coos Bay,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,095,Newport,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,096,Tillamook Bay,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,097,Cape Disappointment,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,098,Copalis Beach,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,099,Cape Flattery,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,100,Nm 10-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,101,Nh 9-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,102,Nh 9-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,103,Ni 9-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,104,Ni 9-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,105,Ni 9-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,106,Ni 9-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,107,Nj 9-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,108,Nj 9-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,109,Nj 9-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,110,Delgada Fan,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,111,Escanaba Trough,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,112,Escanaba Ridge,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,113,Blanco Saddle,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,114,Heceta Bank,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,115,Daisy Banks,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,116,Astoria Fan,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,117,Astoria Canyon,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,118,Cascadia Basin,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,119,Barkley Canyon,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,120,Nm 9-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,121,Nh 9-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,122,Nh 9-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,123,Ni 9-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,124,Ni 9-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,125,Ni 9-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,126,Ni 9-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,127,Nj 9-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,128,Nj 9-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,129,Pioneer Escarpment,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,130,Nj 9-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,131,Nk 9-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,132,Klamath Ridge,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,133,President Jackson Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,134,Nk 9-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,135,Parks Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,136,Vance Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,137,Thompson Seamount,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,138,Nitinat Fan,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,139,Vancouver Gap,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,140,Nm 9-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,141,Nh 9-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,142,Nh 9-1,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,143,Ni 9-10,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,144,Ni 9-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,145,Ni 9-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,146,Ni 9-1,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,147,Nj 9-10,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,148,Nj 9-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,149,Nj 9-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,150,Nj 9-1,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,151,Nk 9-10,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,152,Nk 9-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,153,Nk 9-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,154,Nk 9-1,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,155,Nl 9-10,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,156,Nl 9-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,157,Nl 9-4,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,158,Nl 9-1,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,159,Nm 9-10,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,160,Nm 9-7,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,161,Nh 8-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,162,Nh 8-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,163,Ni 8-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,164,Ni 8-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,165,Ni 8-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,166,Ni 8-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,167,Nj 8-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,168,Nj 8-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,169,Nj 8-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,170,Nj 8-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,171,Nk 8-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,172,Nk 8-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,173,Nk 8-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,174,Nk 8-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,175,Nl 8-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,176,Nl 8-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,177,Nl 8-6,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,178,Nl 8-3,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,179,Nm 8-12,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,180,Nm 8-9,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,181,Nh 8-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,182,Nh 8-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,183,Ni 8-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,184,Ni 8-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,185,Ni 8-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,186,Ni 8-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,187,Nj 8-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,188,Nj 8-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,189,Nj 8-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,190,Nj 8-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,191,Nk 8-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,192,Nk 8-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,193,Nk 8-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,194,Nk 8-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,195,Nl 8-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,196,Nl 8-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,197,Nl 8-5,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,198,Nl 8-2,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,199,Nm 8-11,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,200,Nm 8-8,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,311,Santa Cruz Area,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,312,Santa Catalina Area,federal offshore (OCS) area (API list only)
56,Pacific Coast Offshore,313,San Nicolas Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,716,South Timbalier Area South,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,717,Grand Isle Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,718,Grand Isle Area South,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,719,West Delta Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,720,West Delta Area South Addition,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,721,South Pass Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,722,South Pass Area South Addition,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,723,South Pass Area East Addition,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,724,Main Pass Area South and East Addition,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,725,Main Pass Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,726,Breton Sound Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,727,Chandeleur Sound Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,728,Chandeleur Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,729,Chandeleur Area East Addition,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,730,Chandeleur Sound Area Addition,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,731,Sabine Pass Area,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,801,Corpus Christi,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,802,Port Isabel,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,803,Brownsville,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,804,East Breaks,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,805,Alaminos Canyon,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,806,Ng 15-7,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,807,Garden Banks,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,808,Keathley Canyon,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,809,Ng 15-8,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,810,Ewing Bank,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,811,Green Canyon,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,812,Walker Ridge,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,813,Ng 15-9,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,815,Mobile,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,816,Viosca Knoll,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,817,Mississippi Canyon,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,818,Atwater Valley,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,819,Lund,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,820,Lund South,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,821,Pensacola,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,822,Destin Dome,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,823,De Soto Canyon,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,824,Lloyd Ridge,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,825,Henderson,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,826,Florida Plain,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,827,Apalachicola,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,828,Florida Middle Ground,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,829,The Elbow,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,830,Vernon Basin,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,831,Howell Hook,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,832,Rankin,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,833,Gainesville,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,834,Tarpon Springs,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,835,St. Petersburg,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,836,Charlotte Harbor,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,837,Pulley Ridge,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,838,Dry Tortugas,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,839,Tortugas Valley,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,841,West Palm Beach,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,842,Miami,federal offshore (OCS) area (API list only)
60,Northern Gulf of Mexico,843,Key West,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,001,Nf 20-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,002,Ng 20-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,003,Ng 20-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,004,Ng 20-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,005,Ng 20-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,006,Nh 20-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,007,Nh 20-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,008,Nh 20-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,009,Nh 20-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,010,Ni 20-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,011,Ni 20-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,012,Ni 20-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,013,Ni 20-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,014,Nj 20-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,015,Nj 20-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,016,Nj 20-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,017,Balanus Seamount,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,018,Stewart,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,019,Fundian Rise,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,020,Nk 20-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,021,Nk 20-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,022,Nl 20-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,023,Nf 19-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,024,Ng 19-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,025,Ng 19-9,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,026,Ng 19-6,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,027,Ng 19-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,028,Nh 19-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,029,Nh 19-9,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,030,Nh 19-6,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,031,Nh 19-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,032,Ni 19-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,033,Ni 19-9,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,034,Ni 19-6,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,035,Ni 19-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,036,Nj 19-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,037,Nj 19-9,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,038,Muller,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,039,Bear Seamount,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,040,Lydonia Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,041,Corsair Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,042,Browns Bank,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,043,Jordan Basin,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,044,Eastport,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,045,Nf 19-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,046,Ng 19-11,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,047,Ng 19-8,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,048,Ng 19-5,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,049,Ng 19-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,050,Nh 19-11,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,051,Nh 19-8,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,052,Nh 19-5,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,053,Nh 19-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,054,Ni 19-11,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,055,Ni 19-8,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,056,Ni 19-5,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,057,Ni 19-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,058,Nj 19-11,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,059,Uchupi,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,060,Powell,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,061,Veach Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,062,Hydrographer Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,063,Chatham,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,064,Cashes Ledge,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,065,Bath,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,066,Bangor,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,067,Nf 19-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,068,Ng 19-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,069,Ng 19-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,070,Ng 19-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,071,Ng 19-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,072,Nh 19-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,073,Nh 19-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,074,Nh 19-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,075,Nh 19-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,076,Ni 19-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,077,Ni 19-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,078,Evans,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,079,Lippold,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,080,Wilmington Valley,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,081,Jones,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,082,Heezen Plateau,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,083,Block Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,084,Block Island Shelf,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,085,Providence,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,086,Boston,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,087,Portland,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,089,Nf 18-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,090,Ng 18-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,091,Ng 18-9,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,092,Ng 18-6,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,093,Ng 18-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,094,Nh 18-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,095,Nh 18-9,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,096,Nh 18-6,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,097,Nh 18-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,098,Tibbet,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,099,Lanier,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,100,Hatteras Ridge,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,101,Wraight,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,102,Hyman,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,103,Baltimore Rise,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,104,Wilmington Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,105,Hudson Canyon,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,106,New York,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,107,Hartford,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,111,Nf 18-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,112,Ng 18-11,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,113,Ng 18-8,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,114,Ng 18-5,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,115,Ng 18-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,116,Nh 18-11,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,117,Nh 18-8,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,118,Nh 18-5,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,119,Taylor,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,120,Wittman,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,121,Marmer,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,122,Russell,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,123,Manteo,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,124,Currituck Sound,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,125,Chincoteague,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,126,Salisbury,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,127,Wilmington,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,133,Nf 18-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,134,Ng 18-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,135,Ng 18-7,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,136,Ng 18-4,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,137,Ng 18-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,138,Nh 18-10,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,139,McAlinden Spur,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,140,Blake Spur,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,141,Harrington Hill,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,142,Richardson Hills,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,143,Cape Fear,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,144,Beaufort,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,155,Nf 17-3,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,156,Ng 17-12,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,157,Bimini,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,158,Bahamas,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,159,Walker Cay,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,160,Pillsbury,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,161,Adams,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,162,Stetson Mesa,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,163,Hoyt Hills,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,164,James Island,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,165,Georgetown,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,177,Nf 17-2,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,178,Key West,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,179,Miami,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,180,West Palm Beach,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,181,Ft. Pierce,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,182,Orlando,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,183,Daytona Beach,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,184,Jacksonville,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,185,Brunswick,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,186,Savannah,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,199,Nf 17-1,federal offshore (OCS) area (API list only)
61,Atlantic Coast Offshore,200,Dry Tortugas,federal offshore (OCS) area (API list only)
"""

    /// One row per line, no header line. Columns: `state_code,postal,name`.
    /// The 50 states and DC (API codes 01-51) and the offshore areas 55, 56, 60 and 61,
    /// whose postal field is empty.
    static let stateCodes = """
01,AL,Alabama
02,AZ,Arizona
03,AR,Arkansas
04,CA,California
05,CO,Colorado
06,CT,Connecticut
07,DE,Delaware
08,DC,District of Columbia
09,FL,Florida
10,GA,Georgia
11,ID,Idaho
12,IL,Illinois
13,IN,Indiana
14,IA,Iowa
15,KS,Kansas
16,KY,Kentucky
17,LA,Louisiana
18,ME,Maine
19,MD,Maryland
20,MA,Massachusetts
21,MI,Michigan
22,MN,Minnesota
23,MS,Mississippi
24,MO,Missouri
25,MT,Montana
26,NE,Nebraska
27,NV,Nevada
28,NH,New Hampshire
29,NJ,New Jersey
30,NM,New Mexico
31,NY,New York
32,NC,North Carolina
33,ND,North Dakota
34,OH,Ohio
35,OK,Oklahoma
36,OR,Oregon
37,PA,Pennsylvania
38,RI,Rhode Island
39,SC,South Carolina
40,SD,South Dakota
41,TN,Tennessee
42,TX,Texas
43,UT,Utah
44,VT,Vermont
45,VA,Virginia
46,WA,Washington
47,WV,West Virginia
48,WI,Wisconsin
49,WY,Wyoming
50,AK,Alaska
51,HI,Hawaii
55,,Alaska Offshore
56,,Pacific Coast Offshore
60,,Northern Gulf of Mexico
61,,Atlantic Coast Offshore
"""
}
