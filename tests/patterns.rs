//! Every relation structure with its example sentences, in one table. Each row names the
//! signed pairs the sentence must give (`A+B` aligned, `A-B` opposed, persons folded into their
//! country, negated relations left out) and the pairs it must not give.

use entente::{analyze, output::RelationOut, Analysis, Options};
use std::collections::BTreeSet;

fn pairs(a: &Analysis) -> BTreeSet<String> {
    let fold = |id: &str| -> String {
        let mut id = id.to_string();
        for _ in 0..4 {
            match a
                .entities
                .iter()
                .find(|e| e.id == id)
                .and_then(|e| e.affiliation.clone())
            {
                Some(aff) if aff != id => id = aff,
                _ => break,
            }
        }
        id
    };
    let mut out = BTreeSet::new();
    for r in a.relations.iter().filter(|r| !r.negated) {
        let (mut x, mut y) = (fold(&r.source), fold(&r.target));
        if x == y {
            continue;
        }
        if x > y {
            std::mem::swap(&mut x, &mut y);
        }
        out.insert(format!("{x}{}{y}", if r.polarity > 0 { '+' } else { '-' }));
    }
    out
}

fn negated(a: &Analysis) -> BTreeSet<String> {
    a.relations
        .iter()
        .filter(|r| r.negated)
        .map(|r| format!("{}>{}", r.source, r.target))
        .collect()
}

/// One row: name, date, text, pairs that must be found, pairs that must not be.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const TABLE: &[Row] = &[
    ("active_001", "2024-01-10", "Japan backed the Philippines.", &["JPN+PHL"], &[]),
    ("active_002", "2024-01-10", "Iran condemned Israel on Tuesday.", &["IRN-ISR"], &[]),
    ("active_003", "2024-01-10", "Washington imposed sanctions on Caracas.", &["USA-VEN"], &[]),
    ("passive_001", "2023-01-10", "Sweden's bid was blocked by Turkey for a year.", &["SWE-TUR"], &[]),
    ("passive_002", "2023-01-10", "The resolution was vetoed by Russia.", &[], &[]),
    ("possessive_001", "2022-01-10", "Russia's opposition to NATO hardened.", &["NATO-RUS"], &[]),
    ("possessive_002", "2022-01-10", "Poland's support for Ukraine is unwavering.", &["POL+UKR"], &[]),
    ("possessive_003", "2023-05-10", "India's boycott of the meeting drew notice, and Pakistan's criticism of India was sharp.", &["IND-PAK"], &[]),
    ("possessive_004", "2023-08-20", "France and India held their annual twenty-day air-defence exercise off Goa.", &["FRA+IND"], &[]),
    ("possessive_005", "2023-08-20", "Kenya and Uganda resumed their long-delayed cross-border trade talks.", &["KEN+UGA"], &[]),
    ("adj_001", "2024-01-10", "Iran-backed Houthis fired missiles at ships.", &["HOUTHIS+IRN"], &[]),
    ("hyphen_001", "2024-01-10", "The Russia-China partnership deepened.", &["CHN+RUS"], &[]),
    ("coordination_001", "2022-02-04", "China and Russia oppose NATO.", &["CHN-NATO", "NATO-RUS"], &["CHN+RUS"]),
    ("coordination_002", "2024-01-10", "France and Germany condemned Russia and Belarus.", &["FRA-RUS", "BLR-FRA", "DEU-RUS", "BLR-DEU"], &["DEU-FRA"]),
    // A serial comma closes a list; ", and" after one actor, before actors a verb follows, opens
    // a clause.
    ("coordination_003", "2023-03-10", "Spain, Portugal, and Greece criticised Turkey.", &["ESP-TUR", "PRT-TUR", "GRC-TUR"], &[]),
    ("coordination_004", "2023-03-10", "Chile, Peru, and the United States signed a fisheries accord.", &["CHL+PER", "CHL+USA", "PER+USA"], &[]),
    ("coordination_005", "2023-03-10", "Canada backed Ukraine, and Russia and Belarus condemned the move.", &["CAN+UKR"], &["CAN+RUS", "BLR+CAN"]),
    ("coordination_006", "2023-03-10", "Norway said it stood with Denmark, and Sweden and Finland also echoed Denmark's criticism of Russia.", &["DNK+NOR", "DNK+SWE", "DNK+FIN", "FIN-RUS", "RUS-SWE"], &["NOR+SWE", "FIN+NOR"]),
    ("apposition_possessive_001", "2023-03-10", "Armenia, Russia's long-time ally, froze its membership of the CSTO.", &["ARM+RUS"], &[]),
    ("apposition_possessive_002", "2023-03-10", "Venezuela's main backer Russia sent a naval squadron to Caracas.", &["RUS+VEN"], &[]),
    ("lexicon_battle_001", "2023-03-10", "Mozambique's army has been battling al-Shabaab fighters in Cabo Delgado.", &["AL_SHABAAB-MOZ"], &[]),
    ("lexicon_shipped_001", "2023-03-10", "Iran has shipped drones to Russia.", &["IRN+RUS"], &[]),
    ("lexicon_fight_alongside_001", "2023-03-10", "Belarusian volunteers fought alongside Russian forces near Bakhmut.", &["BLR+RUS"], &["BLR-RUS"]),
    ("subject_noun_001", "2023-03-10", "Iranian officials met Saudi diplomats in Baghdad.", &["IRN+SAU"], &[]),
    ("subject_noun_002", "2023-03-10", "Pakistani troops had begun fighting alongside Saudi forces.", &["PAK+SAU"], &["PAK-SAU"]),
    ("lexicon_send_weapons_001", "2023-03-10", "Poland said it was considering sending ammunition to Kyiv.", &["POL+UKR"], &[]),
    ("lexicon_stand_behind_001", "2023-03-10", "The African Union said it stood firmly behind Somalia.", &["AU+SOM"], &[]),
    ("lexicon_combat_001", "2023-03-10", "Chadian troops entered combat against Sudan.", &["SDN-TCD"], &[]),
    ("lexicon_pressure_001", "2023-03-10", "Taiwan faces mounting pressure from China.", &["CHN-TWN"], &[]),
    ("event_operation_001", "2011-03-20", "France and Britain struck targets in Libya. Italy provided support for the operation.", &["FRA+ITA", "GBR+ITA"], &[]),
    ("beneficiary_001", "2023-03-10", "Slovakia kept blocking funding for Ukraine.", &["SVK-UKR"], &["SVK+UKR"]),
    ("beneficiary_002", "2023-03-10", "China condemned Washington's arms sales to Taiwan.", &["CHN-USA", "CHN-TWN", "TWN+USA"], &[]),
    ("pronoun_object_001", "2023-03-10", "Ethiopia took Egypt to the UN Security Council, accusing it of threatening its sovereignty.", &["EGY-ETH"], &["ETH-UNSC"]),
    ("pronoun_object_002", "2008-08-10", "Russia sent troops to Georgia, accusing it of aggression.", &["GEO-RUS"], &[]),
    ("broker_list_001", "2018-09-16", "Eritrea and Ethiopia signed a peace deal brokered by the UAE and Saudi Arabia.", &["ERI+ETH", "ARE+ERI", "ARE+ETH", "ERI+SAU", "ETH+SAU"], &[]),
    ("broker_place_001", "2023-03-10", "Kosovo and Serbia agreed a deal after talks brokered by Balkan and American envoys.", &["SRB+XKX", "USA+XKX", "SRB+USA"], &[]),
    ("place_object_001", "2023-03-10", "Russian missiles hit Kharkiv, Ukraine's second city.", &["RUS-UKR"], &[]),
    ("place_object_002", "2023-03-10", "Ukraine condemned Russia's strikes on Odesa.", &["RUS-UKR"], &["RUS-odesa"]),
    ("lexicon_retaliate_001", "2023-04-04", "The Kremlin said it would retaliate against Finland.", &["FIN-RUS"], &[]),
    ("lexicon_suspend_talks_001", "2022-08-05", "Beijing suspended talks with Washington on climate change.", &["CHN-USA"], &["CHN+USA"]),
    ("ties_001", "2023-06-22", "Modi and Biden pledged to deepen defence ties.", &["IND+USA"], &[]),
    ("ties_002", "2023-03-10", "Pakistan has strained ties with India.", &[], &["IND+PAK"]),
    ("ties_003", "2023-03-10", "Ties between India and China remain tense.", &[], &["CHN+IND"]),
    ("ties_004", "2023-03-10", "Greece and Turkey pledged to improve relations.", &["GRC+TUR"], &[]),
    ("light_carried_out_001", "2023-03-10", "Israel carried out airstrikes on Iranian targets in Syria.", &["IRN-ISR"], &[]),
    ("lexicon_fired_missiles_001", "2023-12-10", "The Houthis fired missiles at Israel.", &["HOUTHIS-ISR"], &[]),
    ("lexicon_rockets_001", "2023-10-10", "Hezbollah launched rockets into northern Israel.", &["HEZBOLLAH-ISR"], &[]),
    ("frame_mutual_before_noun_001", "2023-03-10", "Russia and Belarus held war games.", &["BLR+RUS"], &["BLR-RUS"]),
    ("frame_noun_by_prep_001", "2023-03-10", "Chinese warships conducted exercises near Taiwan.", &["CHN-TWN"], &["CHN+TWN"]),
    ("frame_mutual_before_noun_002", "2023-03-10", "Russia held naval exercises with China.", &["CHN+RUS"], &[]),
    ("host_between_001", "2020-02-29", "Qatar hosted talks between the United States and the Taliban.", &["TALIBAN+USA", "QAT+USA", "QAT+TALIBAN"], &[]),
    ("conflict_ended_001", "2023-03-10", "Ukraine and Poland resolved their dispute over grain imports.", &["POL+UKR"], &["POL-UKR"]),
    ("conflict_ended_002", "2018-07-09", "Ethiopia and Eritrea ended their war.", &["ERI+ETH"], &["ERI-ETH"]),
    ("lexicon_froze_participation_001", "2024-02-23", "Armenia froze its participation in the Russian-led CSTO.", &["ARM-CSTO"], &[]),
    ("lexicon_readmit_001", "2023-05-07", "The Arab League readmitted Syria after a twelve-year suspension.", &["ARAB_LEAGUE+SYR"], &[]),
    ("object_flagged_001", "2019-07-19", "Iran seized a British-flagged tanker in the Strait of Hormuz.", &["GBR-IRN"], &[]),
    ("conflict_ended_003", "2024-03-10", "Egypt demanded an end to Israel's war with Hamas.", &["HAMAS-ISR"], &["HAMAS+ISR"]),
    ("lexicon_cut_gas_001", "2022-04-27", "Russia cut gas supplies to Bulgaria and Poland.", &["BGR-RUS", "POL-RUS"], &["BGR+RUS", "POL+RUS"]),
    ("lexicon_dismiss_001", "2024-01-12", "Israel dismissed South Africa's genocide accusations.", &["ISR-ZAF"], &[]),
    ("lexicon_traded_accusations_001", "2023-03-10", "Armenia and Azerbaijan traded accusations over the ceasefire violations.", &["ARM-AZE"], &[]),
    ("lexicon_grant_001", "2023-03-10", "China granted Pakistan a $2 billion loan.", &["CHN+PAK"], &[]),
    ("description_kingdom_001", "2023-12-01", "Saudi Arabia hosted Chinese leaders. The kingdom also signed a deal with Iran.", &["CHN+SAU", "IRN+SAU"], &["CHN+IRN"]),
    ("description_gulf_state_001", "2024-03-01", "Qatar has mediated between Hamas and Israel. The Gulf state also backed Egypt's proposal.", &["EGY+QAT"], &[]),
    ("lexicon_exchanged_fire_001", "2019-02-27", "India and Pakistan exchanged fire along the border.", &["IND-PAK"], &[]),
    ("plural_hyphened_modifier_001", "2019-02-27", "India and Pakistan clashed along the border. The nuclear-armed neighbours agreed a ceasefire days later.", &["IND-PAK", "IND+PAK"], &[]),
    ("lexicon_sent_troops_to_001", "2024-11-05", "According to Seoul, North Korea sent troops to Russia.", &["PRK+RUS"], &["PRK-RUS"]),
    ("noun_by_001", "2024-02-24", "Nigeria said the sanctions imposed by ECOWAS on Niger had been lifted.", &["ECOWAS-NER"], &[]),
    ("noun_by_002", "2024-03-01", "The strikes carried out by Israel on Lebanon killed dozens.", &["ISR-LBN"], &[]),
    ("lexicon_lodged_protest_001", "2024-03-01", "The Chinese embassy in Manila lodged a protest with the Philippine government.", &["CHN-PHL"], &[]),
    ("lexicon_accession_001", "2023-03-30", "Turkey's parliament approved Finland's accession to NATO.", &["FIN+NATO"], &["NATO+TUR"]),
    ("ties_006", "2023-05-11", "A trade dispute has chilled relations between China and Australia.", &[], &["AUS+CHN"]),
    ("broker_list_002", "2024-11-27", "Under the deal, brokered by the United States and France, Israeli troops are to withdraw from southern Lebanon.", &[], &["FRA+ISR", "ISR+USA"]),
    ("lexicon_accession_talks_001", "2023-12-14", "EU leaders agreed to open accession talks with Ukraine.", &["EU+UKR"], &[]),
    ("lexicon_visa_restrictions_001", "2024-03-01", "Washington imposed visa restrictions on Georgian officials.", &["GEO-USA"], &[]),
    ("lexicon_ratify_001", "2024-01-23", "Ankara ratified Sweden's NATO membership.", &["SWE+TUR"], &[]),
    ("latin_american_001", "2024-07-30", "Venezuela expelled diplomats from seven Latin American countries.", &[], &["USA-VEN"]),
    ("lexicon_targeted_001", "2024-03-01", "Russia launched a massive missile attack overnight. It targeted Ukraine's energy grid.", &["RUS-UKR"], &[]),
    ("lexicon_struck_back_001", "2024-08-01", "Hezbollah fired rockets, and Israel struck back at the group.", &["HEZBOLLAH-ISR"], &[]),
    ("lexicon_case_against_001", "2024-01-11", "South Africa brought a genocide case against Israel at the International Court of Justice.", &["ISR-ZAF"], &[]),
    ("lexicon_ended_cooperation_001", "2022-05-03", "Mali's junta ended military cooperation with Paris.", &["FRA-MLI"], &["FRA+MLI"]),
    ("lexicon_send_001", "2024-03-01", "Germany agreed to send Taurus missiles to Ukraine.", &["DEU+UKR"], &[]),
    ("lexicon_send_words_001", "2024-03-01", "Beijing sent a stern warning to Washington.", &[], &["CHN+USA"]),
    ("ties_005", "2024-08-01", "North Korea and Russia have deepened their military ties.", &["PRK+RUS"], &[]),
    ("aside_participle_001", "2023-09-25", "Armenia, supported by France, accused Azerbaijan of ethnic cleansing.", &["ARM+FRA", "ARM-AZE"], &["AZE-FRA"]),
    ("aside_participle_002", "2025-01-28", "The M23, backed by Rwanda, seized Goma.", &["M23+RWA"], &[]),
    ("aside_with_001", "2015-03-26", "Saudi Arabia, with the backing of the UAE, launched strikes on the Houthis.", &["HOUTHIS-SAU"], &["ARE-HOUTHIS"]),
    ("aside_along_with_001", "2024-08-01", "France and Germany, along with Italy, condemned Russia.", &["FRA-RUS", "DEU-RUS", "ITA-RUS"], &[]),
    ("aside_along_with_002", "2024-08-01", "Egypt, alongside Qatar, mediated between Israel and Hamas.", &["EGY+ISR", "HAMAS+QAT"], &[]),
    ("lexicon_armed_001", "2024-01-12", "The Houthis, armed by Iran, attacked ships.", &["HOUTHIS+IRN"], &[]),
    ("description_gerund_001", "2022-10-13", "Biden warned Riyadh, and US lawmakers accused the kingdom of siding with Russia.", &["RUS+SAU", "SAU-USA"], &["RUS+USA"]),
    ("noun_of_then_prep_001", "2022-09-23", "Ukraine protested over Tehran's supply of drones to Russia.", &["IRN+RUS"], &["RUS-UKR"]),
    ("noun_of_then_prep_002", "2024-01-26", "Washington approved the sale of F-16 jets to Turkey.", &["TUR+USA"], &[]),
    ("apposition_001", "2023-09-20", "Turkey, a close ally of Azerbaijan, praised the offensive.", &["AZE+TUR"], &[]),
    ("relative_001", "2022-08-02", "Pelosi defied warnings from Beijing, which considers Taiwan part of its territory.", &[], &["CHN+TWN"]),
    ("relative_002", "2024-01-28", "Mali, Burkina Faso and Niger left ECOWAS. The three juntas, which have expelled French troops, deepened ties with Russia.", &["FRA-MLI", "BFA-FRA", "FRA-NER", "MLI+RUS", "BFA+RUS", "NER+RUS"], &["FRA+RUS"]),
    ("island_001", "2022-08-02", "Pelosi landed in Taipei. China announced live-fire drills around the island.", &["CHN-TWN"], &[]),
    ("multiword_001", "2022-02-04", "China and Russia vowed to push back pressure from the US, and Germany pledged to stand by Kyiv.", &["CHN-USA", "RUS-USA", "DEU+UKR"], &[]),
    ("multiword_002", "2024-06-01", "Kenya sided with Somalia, and Djibouti would not stand in the way of Ethiopia.", &["KEN+SOM"], &["DJI-ETH"]),
    ("chain_001", "2023-09-13", "Japan joined the United States in condemning North Korea.", &["JPN+USA", "JPN-PRK", "PRK-USA"], &[]),
    ("chain_002", "2022-02-04", "Moscow backed Beijing in denouncing the Quad.", &["CHN+RUS", "CHN-QUAD", "QUAD-RUS"], &[]),
    ("purpose_001", "2022-02-04", "China joined Russia on Friday to oppose the expansion of NATO.", &["CHN+RUS", "CHN-NATO", "NATO-RUS"], &[]),
    ("between_001", "2023-07-10", "Talks between Armenia and Azerbaijan resumed in Brussels.", &["ARM+AZE"], &["AZE+BEL", "ARM+BEL"]),
    ("broker_001", "2023-03-10", "Saudi Arabia and Iran agreed to restore relations in a deal brokered by China.", &["IRN+SAU", "CHN+SAU", "CHN+IRN"], &[]),
    ("member_001", "2022-02-04", "The Quad, involving the US, India, Japan and Australia, met.", &["QUAD+USA", "IND+QUAD", "JPN+QUAD", "AUS+QUAD"], &[]),
    ("member_002", "2023-04-04", "Finland joined NATO on Tuesday.", &["FIN+NATO"], &[]),
    ("speech_001", "2023-09-13", "Washington and Seoul warned that any arms transfer from Pyongyang to Moscow would violate sanctions.", &["PRK-USA", "RUS-USA", "KOR-PRK", "KOR-RUS"], &["KOR+PRK", "PRK+USA"]),
    ("speech_002", "2023-07-10", "Russia warned that it would take countermeasures if the alliance deployed troops, days after NATO met.", &[], &[]),
    ("object_act_001", "2022-02-04", "China and Russia remain vigilant about the negative impact of the United States' Indo-Pacific strategy.", &["CHN-USA", "RUS-USA"], &["CHN-RUS"]),
    ("member_003", "2023-04-04", "Finland became the 31st member of NATO on Tuesday.", &["FIN+NATO"], &[]),
    ("member_004", "2023-08-24", "Leaders met at a summit of a bloc whose members are Brazil, Russia, India, China and South Africa, the BRICS group.", &[], &["BRA-IND"]),
    ("speaker_001", "2021-09-16", "Australia, Britain and the United States announced a new security partnership. Beijing said the pact would undermine regional peace.", &["AUS-CHN", "CHN-GBR", "CHN-USA", "AUS+GBR"], &["AUS-GBR", "AUS-USA"]),
    ("speaker_002", "2021-09-16", "Beijing accused the three countries of stoking an arms race and said the deal would undermine peace.", &[], &["AUS-GBR"]),
    ("evaluation_001", "2024-04-18", "The United States vetoed the resolution. Palestinian President Mahmoud Abbas called the veto unfair.", &[], &["PSE+USA"]),
    ("evaluation_002", "2021-09-16", "Australia and Britain signed a pact. France called the decision a stab in the back.", &["AUS-FRA", "FRA-GBR"], &[]),
    ("encounter_001", "2022-02-04", "Qi Fabao, the regimental commander of the People's Liberation Army, was injured during a face-off with Indian soldiers.", &["CHN-IND"], &[]),
    ("event_ref_001", "2024-01-12", "American and British warplanes struck Houthi targets in Yemen. Tehran condemned the strikes.", &["HOUTHIS-USA", "IRN-USA", "GBR-IRN"], &["HOUTHIS-IRN"]),
    ("apposition_002", "2024-04-08", "The United States, an ally of both Tokyo and Manila, welcomed the talks.", &[], &["JPN+PHL"]),
    ("plural_001", "2023-09-13", "Kim Jong Un met Vladimir Putin, and the two men pledged to deepen military cooperation.", &["PRK+RUS"], &[]),
    ("plural_002", "2021-09-16", "Australia, Britain and the United States met. Beijing accused the three countries of stoking an arms race.", &["AUS-CHN", "CHN-GBR", "CHN-USA"], &[]),
    ("plural_003", "2023-03-10", "Saudi Arabia and Iran ended a rupture between the regional rivals.", &["IRN-SAU"], &[]),
    ("pronoun_001", "2024-01-28", "Mali, Burkina Faso and Niger said they were leaving ECOWAS.", &["ECOWAS-MLI", "BFA-ECOWAS", "ECOWAS-NER"], &[]),
    ("negation_001", "2024-02-13", "Hungary refused to back new sanctions against Moscow.", &[], &["HUN-RUS", "HUN+RUS"]),
    ("negation_002", "2023-07-10", "Hungary said it would not stand in the way of Sweden.", &[], &["HUN-SWE"]),
    ("request_001", "2019-02-27", "China urged India and Pakistan to show restraint.", &[], &["CHN+IND", "CHN+PAK", "IND+PAK"]),
    ("request_002", "2022-02-04", "The sides call on NATO to abandon its approach. China and Russia met.", &[], &["CHN+NATO"]),
    ("demand_001", "2022-02-04", "China and Russia called on NATO to abandon its Cold War approach.", &["CHN-NATO", "NATO-RUS"], &["CHN+NATO"]),
    ("participle_001", "2022-02-04", "Moscow deployed troops along the Ukraine border, setting off tensions with the US.", &["RUS-UKR", "RUS-USA"], &["UKR-USA"]),
    ("coordinated_verbs_001", "2022-08-02", "China announced drills around Taiwan and summoned the American ambassador.", &["CHN-TWN", "CHN-USA"], &["TWN-USA"]),
    ("determiner_001", "2023-09-13", "Any arms transfer from Pyongyang would be condemned.", &[], &[]),
    ("place_001", "2023-07-10", "Leaders met in Vilnius on Tuesday.", &[], &["LTU+LTU"]),
    ("demand_time_001", "2023-09-29", "The United States called on Serbia on Friday to withdraw its troops.", &["SRB-USA"], &["SRB+USA"]),
    ("join_bid_001", "2023-05-10", "Sweden's bid to join NATO stalled for months.", &["NATO+SWE"], &[]),
    ("shared_object_001", "2024-06-18", "Chinese vessels rammed and boarded Philippine boats.", &["CHN-PHL"], &[]),
    ("aside_participle_001", "2024-01-02", "Egypt, locked in a dispute with Ethiopia, pledged its support for Somalia.", &["EGY+SOM", "EGY-ETH"], &["ETH+SOM"]),
    ("event_passive_001", "2024-01-12", "Israel struck Hezbollah targets overnight. The strikes were backed by Washington.", &["HEZBOLLAH-ISR", "ISR+USA"], &["HEZBOLLAH+USA"]),
    ("event_pronoun_001", "2024-01-12", "America struck Houthi targets. The strikes were backed by Canada and Australia. Iran condemned them.", &["AUS+USA", "CAN+USA", "HOUTHIS-USA", "IRN-USA"], &["AUS-IRN", "CAN-IRN"]),
    ("titled_list_001", "2023-03-16", "Yoon and Prime Minister Fumio Kishida agreed to resume regular visits.", &["JPN+KOR"], &[]),
    ("aid_package_001", "2023-12-15", "Hungary then blocked a 50 billion euro aid package for Kyiv.", &["HUN-UKR"], &[]),
    ("thousands_001", "2023-09-25", "France would withdraw its ambassador and its 1,500 troops from Niger.", &["FRA-NER"], &[]),
    ("forced_out_001", "2023-09-25", "Mali and Burkina Faso have also forced out French forces.", &["FRA-MLI", "BFA-FRA"], &[]),
    ("barred_001", "2023-09-16", "Iran has barred several inspectors of the International Atomic Energy Agency from working there.", &["IAEA-IRN"], &[]),
    ("exclude_001", "2021-10-16", "ASEAN agreed to exclude Myanmar's junta leader from the summit.", &["ASEAN-MMR"], &[]),
    ("allow_001", "2021-11-21", "Vilnius allowed Taiwan to open a representative office.", &["LTU+TWN"], &[]),
    ("event_actions_001", "2024-06-18", "Chinese vessels rammed Philippine boats. The United States condemned the aggressive actions.", &["CHN-PHL", "CHN-USA"], &["PHL-USA"]),
    ("whose_subject_001", "2022-11-02", "Eritrea, whose troops fought alongside the Ethiopian army, was not party to the deal.", &["ERI+ETH"], &[]),
    ("cut_relations_001", "2021-08-24", "Algeria cut diplomatic relations with Morocco on Tuesday.", &["DZA-MAR"], &[]),
    ("state_body_001", "2022-11-02", "Ethiopia's government and Tigrayan forces agreed to a permanent cessation of hostilities.", &["ETH+TPLF"], &[]),
    ("state_body_002", "2025-03-06", "Sudan's army-backed government took the UAE to court.", &[], &["ARE+SDN"]),
    ("event_pronoun_002", "2024-04-06", "Ecuadorian police raided the Mexican embassy. Mexico called the raid an authoritarian act, and Brazil and Colombia condemned it.", &["ECU-MEX", "BRA-ECU", "COL-ECU"], &["BRA-MEX", "COL-MEX"]),
    ("storm_001", "2024-04-06", "Ecuadorian police stormed the Mexican embassy in Quito.", &["ECU-MEX"], &[]),
    ("proposal_owner_001", "2025-09-12", "Warsaw said the incursion was deliberate, and Lithuania and Latvia backed its call for consultations.", &["LTU+POL", "LVA+POL"], &[]),
    ("proposal_owner_002", "2024-03-01", "Iran and Russia met. China backed their plan.", &["CHN+IRN", "CHN+RUS"], &[]),
    ("proposal_owner_003", "2024-03-01", "Brazil spoke first. China defended its plan.", &[], &["BRA+CHN"]),
    ("phone_001", "2023-02-06", "Macron spoke by phone with Zelensky on Monday.", &["FRA+UKR"], &[]),
    ("phone_002", "2023-10-08", "Biden phoned Netanyahu on Sunday.", &["ISR+USA"], &[]),
    ("coordinate_001", "2024-03-01", "The EU coordinated its response with Washington.", &["EU+USA"], &[]),
    ("claimed_001", "2024-03-23", "Islamic State claimed responsibility for the attack on Russia.", &["ISIS-RUS"], &[]),
    ("owner_001", "2024-04-13", "Iran seized a tanker belonging to Greece.", &["GRC-IRN"], &[]),
    ("quantity_of_001", "2023-04-08", "China launched three days of military drills around Taiwan on Saturday.", &["CHN-TWN"], &[]),
    ("demand_that_001", "2023-02-23", "The UN General Assembly voted to demand that Russia withdraw its troops from Ukraine.", &["RUS-UNGA"], &["UKR-UNGA"]),
    ("participle_noun_001", "2020-09-15", "The United Arab Emirates and Bahrain signed agreements normalising relations with Israel.", &["ARE+ISR", "BHR+ISR"], &[]),
    ("recall_plural_001", "2021-09-17", "France recalled its ambassadors from Washington and Canberra.", &["FRA-USA", "AUS-FRA"], &[]),
    ("apposition_actor_001", "2024-10-01", "Hungary, a NATO member, has maintained close ties with Russia.", &["HUN+RUS"], &["NATO+RUS"]),
    ("apposition_actor_002", "2024-10-01", "Poland, Ukraine's staunchest backer in the region, accused Budapest of undermining the bloc.", &["POL+UKR", "HUN-POL"], &["HUN-UKR"]),
    ("noun_from_subject_001", "2024-09-06", "Iran delivered missiles to Russia despite repeated warnings from Britain.", &["IRN+RUS", "GBR-IRN"], &["GBR-RUS"]),
    ("laud_001", "2020-09-15", "Egypt lauded the United Arab Emirates.", &["ARE+EGY"], &[]),
    ("time_object_001", "2022-01-07", "France condemned on Thursday the deployment of Russian mercenaries in Mali.", &["FRA-RUS"], &[]),
    ("border_with_001", "2022-01-20", "Russia built up troops along its border with Ukraine.", &["RUS-UKR"], &[]),
    ("massed_001", "2022-01-20", "Moscow has massed more than 100,000 troops near Ukraine's border.", &["RUS-UKR"], &[]),
    ("reinforcements_001", "2020-06-20", "India sent reinforcements to its border with China.", &["CHN-IND"], &["CHN+IND"]),
    ("reinforce_support_001", "2024-03-01", "Ukraine reinforced its support for Poland.", &["POL+UKR"], &["POL-UKR"]),
    ("recognised_001", "2020-01-02", "Libya's UN-recognised government asked Ankara for help.", &["LBY+TUR"], &["TUR+UN"]),
    ("at_odds_001", "2020-08-20", "Greece and Turkey have long been at odds over maritime borders.", &["GRC-TUR"], &[]),
    ("locked_dispute_001", "2019-08-20", "Japan and South Korea are locked in a dispute over the islands.", &["JPN-KOR"], &[]),
    ("lift_veto_001", "2022-06-28", "Turkey agreed to lift its veto on Sweden's membership.", &["SWE+TUR"], &[]),
    ("work_together_001", "2024-12-11", "Egypt and Jordan pledged to work together against terrorism.", &["EGY+JOR"], &[]),
    ("downgrade_001", "2023-01-23", "Moscow downgraded its diplomatic ties with Estonia.", &["EST-RUS"], &[]),
    ("seat_based_001", "2020-01-02", "Turkey backed the Tripoli-based government against Haftar. Libya is divided.", &["LBY+TUR"], &[]),
    ("seat_based_002", "2020-01-02", "Turkey backed the Tripoli-based government.", &[], &["LBY+TUR"]),
    ("leave_org_001", "2024-01-28", "Mali announced its withdrawal from ECOWAS.", &["ECOWAS-MLI"], &["ECOWAS+MLI"]),
    ("leave_org_002", "2024-01-28", "Hungary threatened to withdraw from the WHO.", &["HUN-WHO"], &["HUN+WHO"]),
    ("leave_org_003", "2024-01-28", "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS, accusing the bloc of imposing sanctions.", &["BFA-ECOWAS", "ECOWAS-MLI", "ECOWAS-NER"], &["BFA+ECOWAS"]),
    ("alongside_001", "2022-03-02", "Belarus voted against the text alongside Russia and Syria.", &["BLR+RUS", "BLR+SYR"], &["BLR-RUS"]),
    ("alongside_002", "2021-10-30", "Modi met Biden at talks held alongside the G20 summit in Rome.", &["IND+USA"], &["G20+USA", "G20+IND"]),
    ("no_indication_001", "2023-09-14", "Stoltenberg said there was no indication that Moscow had deliberately targeted the alliance.", &[], &["NATO-RUS"]),
    ("apposed_act_001", "2025-05-14", "Washington said it would lift sanctions on Syria, a decision welcomed by Saudi Arabia.", &["SAU+USA"], &["SAU+SYR"]),
    ("apposed_act_002", "2024-09-12", "Serbia bought twelve jets from France on Thursday, a deal that Russia criticised.", &["FRA+SRB", "RUS-SRB", "FRA-RUS"], &[]),
    ("apposed_act_003", "2022-04-20", "The Solomon Islands signed a security pact with China, a move that alarmed Australia.", &["AUS-CHN", "AUS-SLB"], &[]),
    ("apposed_act_004", "2024-05-01", "India bought Russian oil, which angered Washington.", &["IND-USA"], &["RUS-USA"]),
    ("experiencer_001", "2022-09-01", "Pelosi's visit to Taiwan infuriated China.", &["CHN-USA"], &["CHN-TWN"]),
    ("list_title_001", "2024-06-19", "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact.", &["PRK+RUS"], &[]),
    ("list_title_002", "2024-11-05", "Seoul was considering sending weapons to Kyiv, and NATO Secretary General Mark Rutte called the deployment dangerous.", &["KOR+UKR"], &["KOR+NATO"]),
    ("concern_over_act_001", "2024-07-15", "Chinese and Russian warships held joint naval drills this week. Japan expressed concern over the exercises.", &["CHN-JPN", "JPN-RUS"], &[]),
    ("what_called_001", "2024-08-08", "Poland condemned what it called a campaign of sabotage by Russia.", &["POL-RUS"], &[]),
    ("targets_in_001", "2024-01-12", "Britain launched strikes on targets in Yemen. Iran condemned the strikes.", &["GBR-YEM", "GBR-IRN"], &[]),
    ("including_001", "2024-07-30", "Caracas expelled diplomats from seven Latin American countries, including Argentina and Peru.", &["ARG-VEN", "PER-VEN"], &[]),
    ("restricted_sales_001", "2023-07-03", "The Netherlands restricted sales of chip-making equipment to Chinese firms.", &["CHN-NLD"], &["CHN+NLD"]),
    ("curbs_001", "2023-07-03", "Washington imposed new curbs on Chinese chipmakers.", &["CHN-USA"], &[]),
    ("called_disastrous_001", "2023-12-08", "The United States vetoed a Security Council resolution. Palestinian envoy Riyad Mansour called the veto disastrous.", &["PSE-USA"], &[]),
    ("let_001", "2023-03-04", "Iran agreed to let IAEA inspectors reinstall cameras.", &["IAEA+IRN"], &[]),
    ("let_002", "2023-03-04", "Russia let the deadline pass. Let us be clear.", &[], &[]),
    ("as_did_001", "2024-01-10", "France condemned Iran, as did Germany and Italy.", &["DEU-IRN", "IRN-ITA"], &[]),
    ("two_countries_rift_001", "2024-04-07", "Mexico broke off diplomatic relations with Ecuador. Brazil, Colombia and Chile condemned the raid, while Washington urged the two countries to talk.", &["ECU+USA", "MEX+USA"], &["CHL+USA"]),
    ("state_leader_title_001", "2025-07-28", "Hun Manet and Thailand's acting prime minister, Phumtham Wechayachai, agreed to a ceasefire.", &["KHM+THA"], &[]),
    ("counterpart_apposed_001", "2023-11-10", "Anthony Albanese and his Tuvaluan counterpart, Kausea Natano, signed a treaty.", &["AUS+TUV"], &[]),
    ("relative_pact_001", "2023-11-10", "Australia will help Tuvalu under a treaty that Anthony Albanese and his Tuvaluan counterpart unveiled on Friday.", &["AUS+TUV"], &[]),
    ("relative_pact_002", "2022-04-20", "China signed a security pact with the Solomon Islands, a pact that Australia and the United States fear.", &["CHN+SLB"], &["AUS+USA"]),
    ("hosted_by_001", "2025-07-28", "Cambodia and Thailand agreed to a ceasefire after talks in Putrajaya hosted by Malaysia.", &["KHM+MYS", "MYS+THA"], &[]),
    ("light_pact_001", "2015-07-14", "Iran reached a landmark agreement with the United States, Britain and China in Vienna on Tuesday.", &["IRN+USA", "GBR+IRN", "CHN+IRN"], &[]),
    ("light_pact_002", "2015-07-14", "Iran struck a historic deal with the United States.", &["IRN+USA"], &["IRN-USA"]),
    ("hub_act_001", "2015-07-14", "Iran reached an agreement with the United States, Britain, France, Germany, Russia and China. Israel denounced the accord.", &["IRN-ISR"], &["ISR-RUS", "CHN-ISR", "DEU-ISR"]),
    ("treaty_denounced_001", "1979-03-27", "Egypt and Israel signed a peace treaty. Syria denounced the treaty.", &["EGY+ISR", "EGY-SYR", "ISR-SYR"], &[]),
    ("passive_noun_001", "2018-11-05", "Sweeping sanctions on Iran's oil, shipping and banking sectors were reimposed by the United States on Monday.", &["IRN-USA"], &[]),
    ("passive_noun_002", "2018-07-06", "New tariffs on Chinese goods have been announced by Washington.", &["CHN-USA"], &[]),
    ("initial_noun_001", "2018-11-05", "Sanctions imposed by the United States on Iran hurt its economy.", &["IRN-USA"], &[]),
    ("initial_noun_002", "2022-10-29", "Accusing Ukraine of sabotage, Russia suspended the grain deal.", &["RUS-UKR"], &[]),
    ("including_members_001", "2018-11-05", "Washington granted temporary waivers to eight buyers, including China, India and Japan.", &["CHN+USA", "IND+USA", "JPN+USA"], &[]),
    ("missile_over_001", "2017-08-29", "North Korea fired a ballistic missile over northern Japan on Tuesday.", &["JPN-PRK"], &[]),
    ("solo_missile_001", "2017-08-29", "North Korea fired a missile into the sea. Japan condemned the launch.", &["JPN-PRK"], &[]),
    ("shells_quantity_001", "2010-11-23", "North Korea fired dozens of artillery shells onto a South Korean island.", &["KOR-PRK"], &[]),
    ("north_south_001", "2017-08-29", "North Korea fired a missile. China, the North's main ally, called for calm.", &["CHN+PRK"], &[]),
    ("north_south_002", "2017-08-29", "South Korea held drills, and the North condemned them.", &["KOR-PRK"], &[]),
    ("north_south_003", "2017-08-29", "Talks on the North Atlantic were held. NATO met.", &[], &[]),
    ("reply_not_attack_001", "2010-11-23", "North Korea shelled South Korea, and Seoul returned fire. Tokyo condemned the attack.", &["JPN-PRK", "KOR-PRK"], &["JPN-KOR"]),
    ("show_of_force_001", "2017-09-04", "South Korean jets dropped bombs on a range in a show of force against North Korea.", &["KOR-PRK"], &[]),
    ("manner_named_001", "2023-09-29", "The United States called on Serbia to withdraw what it described as an unprecedented military build-up along the border with Kosovo.", &["SRB-USA"], &["USA-XKX"]),
    ("duties_001", "2020-05-18", "China imposed anti-dumping duties of more than 80% on Australian barley on Monday.", &["AUS-CHN"], &[]),
    ("consensus_001", "2021-04-24", "ASEAN leaders reached a five-point consensus with Myanmar's junta chief.", &["ASEAN+MMR"], &[]),
    ("junta_001", "2021-04-24", "Myanmar's military seized power. Malaysia urged the junta to release detained leaders.", &["MMR-MYS"], &[]),
    ("regime_001", "2020-02-27", "Syria's army shelled Idlib. Turkey condemned the regime.", &["SYR-TUR"], &[]),
    ("non_actor_subject_001", "2015-12-28", "Japan and South Korea agreed to resolve the dispute. Washington welcomed the agreement, but some survivors rejected it.", &["JPN+USA", "KOR+USA"], &["JPN-USA", "KOR-USA"]),
    ("welcome_against_self_001", "2023-09-25", "France said it would withdraw its ambassador from Niger. The junta welcomed the decision.", &["FRA-NER"], &["FRA+NER"]),
    ("welcome_deal_001", "2022-07-22", "Russia attacked Ukraine in February. In July Russia and Ukraine signed a grain deal. Turkey welcomed the deal.", &["RUS+TUR", "TUR+UKR"], &[]),
    ("title_gap_001", "2022-09-27", "Ukrainian presidential adviser Mykhailo Podolyak accused Russia of a terrorist attack.", &["RUS-UKR"], &[]),
    ("counted_group_001", "2022-06-28", "Turkey dropped its objections to Finland and Sweden joining NATO. Erdogan had accused the two Nordic states of harbouring militants.", &["FIN-TUR", "SWE-TUR"], &["DNK-TUR", "NOR-TUR", "ISL-TUR"]),
    ("counted_group_002", "2024-01-10", "The three Baltic states urged Russia to stop.", &["EST-RUS", "LTU-RUS", "LVA-RUS"], &[]),
    ("similar_measures_001", "2014-03-17", "The EU imposed sanctions on Russia, as Washington announced similar measures.", &["EU-RUS", "RUS-USA"], &[]),
    ("brokered_001", "2020-11-10", "Armenia and Azerbaijan signed a Russian-brokered deal on Tuesday. Turkey welcomed the deal.", &["ARM+AZE", "ARM+TUR", "AZE+TUR"], &["RUS+TUR"]),
    ("backed_text_001", "2019-12-20", "Russia vetoed a US-backed resolution on Syria.", &["RUS-USA"], &[]),
    ("drafted_text_001", "2024-02-20", "The United States vetoed an Algerian-drafted resolution.", &["DZA-USA"], &[]),
    ("phone_him_001", "2023-09-20", "Blinken spoke by telephone to Azerbaijani President Ilham Aliyev and urged him to halt military action immediately.", &["AZE+USA", "AZE-USA"], &[]),
    ("complement_clause_001", "2009-01-07", "The European Union demanded that Russia restore deliveries at once, and Slovakia and Bulgaria declared states of emergency.", &["EU-RUS"], &["BGR-EU", "EU-SVK"]),
    ("relative_subject_001", "2023-02-13", "The United States said it stood with Chisinau, and Romania, which shares a language with Moldova, offered help.", &["MDA+USA"], &["ROU+USA"]),
    ("titled_pair_001", "2025-04-12", "Iranian Foreign Minister Abbas Araqchi and U.S. special envoy Steve Witkoff held indirect talks in Muscat on Saturday.", &["IRN+USA"], &[]),
    ("titled_unaffiliated_001", "2021-09-16", "Chinese Foreign Ministry spokesman Zhao Lijian criticised the United States.", &["CHN-USA"], &[]),
    ("pounded_001", "2022-11-20", "Turkish warplanes pounded Kurdish militant bases in northern Iraq on Sunday. Iraq condemned the air strikes.", &["IRQ-TUR"], &[]),
    ("killing_named_001", "2020-01-03", "A U.S. drone strike killed an Iranian general in Baghdad. Iraq condemned the killing.", &["IRQ-USA"], &[]),
    ("named_group_001", "2022-06-28", "Finland and Sweden joined NATO. The Nordic states pledged support for Ukraine.", &["FIN+UKR", "SWE+UKR"], &["DNK+UKR", "NOR+UKR", "ISL+UKR"]),
    ("the_group_armed_001", "2025-01-27", "M23 rebels captured Goma after fighting U.N. peacekeepers. Kinshasa accused Rwanda of arming the group.", &["COD-RWA"], &["RWA+UN"]),
    ("owned_actor_001", "2023-02-25", "The European Union imposed sanctions on Russia's Wagner Group on Monday.", &["EU-WAGNER"], &["EU-RUS"]),
    ("owned_actor_002", "2023-01-10", "Pakistan accused Afghanistan's Taliban rulers of sheltering militants.", &["AFG-PAK"], &[]),
    ("lifted_sanction_001", "2023-12-01", "The U.N. Security Council voted on Friday to lift the last arms restrictions on Somalia's federal government.", &["SOM+UNSC"], &["SOM-UNSC"]),
    ("lifted_sanction_002", "2016-05-23", "Washington lifted the arms embargo on Vietnam.", &["USA+VNM"], &["USA-VNM"]),
    ("apposed_step_001", "2024-12-08", "Israeli troops moved into the buffer zone on the Golan Heights, a step Egypt and Saudi Arabia condemned.", &["EGY-ISR", "ISR-SAU"], &[]),
    ("conditional_threat_001", "2025-04-12", "President Donald Trump had threatened military action if Tehran failed to reach a new nuclear deal.", &["IRN-USA"], &[]),
    ("conditional_threat_002", "2019-02-01", "Washington threatened new sanctions unless Caracas releases the prisoners.", &["USA-VEN"], &[]),
    ("backed_group_before_001", "2024-11-27", "A ceasefire between Israel and Hezbollah took effect. The truce requires the Iran-backed group to pull back.", &["HEZBOLLAH+IRN"], &[]),
    ("backed_group_object_001", "2024-09-24", "Hezbollah fired rockets at Israel. Israeli jets struck the Iran-backed group on Tuesday.", &["HEZBOLLAH-ISR", "HEZBOLLAH+IRN"], &["IRN-ISR"]),
    ("backed_group_object_002", "2024-01-12", "American and British warplanes struck Iran-backed Houthis in Yemen.", &["HOUTHIS-USA", "GBR-HOUTHIS"], &["IRN-USA", "GBR-IRN"]),
    ("backed_group_object_003", "2024-09-24", "Israeli jets struck the Iran-backed group on Tuesday.", &[], &["IRN-ISR"]),
    ("order_leave_001", "2023-08-03", "Niger ordered French troops to leave.", &["FRA-NER"], &[]),
    ("order_leave_002", "2023-08-03", "Mali's junta ordered an investigation into France.", &[], &["FRA-MLI"]),
    ("among_them_001", "2024-07-30", "Venezuela ordered diplomats from seven countries, among them Argentina and Peru, to leave.", &["ARG-VEN", "PER-VEN"], &[]),
    ("civilians_in_001", "2023-10-28", "Hamas gunmen killed hundreds of civilians in southern Israel.", &["HAMAS-ISR"], &[]),
    ("rejected_suggestions_001", "2022-10-06", "Saudi Arabia rejected suggestions that the kingdom was siding with Moscow.", &[], &["RUS+SAU"]),
    ("paramilitary_join_001", "2023-05-21", "Sudan's army and the paramilitary Rapid Support Forces signed a ceasefire.", &["RSF+SDN"], &[]),
    ("owned_object_001", "2024-04-02", "Iran said Israel had attacked its embassy in Damascus.", &["IRN-ISR"], &[]),
    ("owned_object_002", "2024-04-07", "Ecuadorian police stormed its embassy. Russia deployed its troops.", &[], &["ECU-RUS"]),
    ("governments_of_001", "2024-04-07", "The Organization of American States and the governments of Brazil and Chile condemned Ecuador.", &["ECU-OAS", "BRA-ECU", "CHL-ECU"], &[]),
    ("help_from_001", "2021-09-16", "Australia will acquire submarines with help from the United States and Britain.", &["AUS+USA", "AUS+GBR"], &[]),
    ("hosted_ceremonies_001", "2020-09-15", "The United Arab Emirates and Bahrain signed agreements normalising relations with Israel, in ceremonies hosted by President Donald Trump.", &["ARE+USA", "ISR+USA"], &[]),
    ("returned_from_001", "2023-04-08", "President Tsai Ing-wen returned from a meeting with US House Speaker Kevin McCarthy.", &["TWN+USA"], &[]),
    ("none_001", "2024-05-01", "Floods hit Kenya and Tanzania, killing dozens.", &[], &["KEN+TZA", "KEN-TZA"]),
    ("noun_modifier_001", "2024-01-10", "Russian strikes on Ukraine killed ten civilians.", &["RUS-UKR"], &[]),
    ("noun_modifier_002", "2024-01-10", "US strikes on Iran's nuclear sites drew condemnation.", &["IRN-USA"], &[]),
    ("noun_modifier_003", "2024-01-10", "Iran condemned Russian missile strikes on Ukraine.", &["IRN-RUS", "RUS-UKR"], &[]),
    ("barrage_001", "2025-06-23", "Iran fired a barrage of missiles at the Al Udeid air base in Qatar.", &["IRN-QAT"], &[]),
    ("former_state_001", "2022-09-13", "Azerbaijan and Armenia fought their worst battle since the former Soviet neighbours' 2020 war.", &["ARM-AZE"], &["ARM-SUN", "AZE-SUN"]),
    ("title_state_001", "2019-12-06", "Greece expelled Libya's ambassador on Friday. Foreign Minister Nikos Dendias accused Ankara of meddling.", &["GRC-LBY", "GRC-TUR"], &[]),
    ("at_request_001", "2015-11-28", "NATO held an emergency session at Ankara's request.", &["NATO+TUR"], &[]),
    ("at_request_002", "2024-01-10", "The Security Council met at the request of France.", &["FRA+UNSC"], &[]),
    ("membership_cue_001", "2021-03-12", "The Quad, which groups the United States, India, Japan and Australia, held its first summit.", &["AUS+QUAD", "IND+QUAD", "JPN+QUAD", "QUAD+USA"], &[]),
    ("description_again_001", "2021-03-12", "The Quad held its first summit. The grouping will set up working parties, and its leaders backed ASEAN's unity. Beijing criticised the grouping.", &["CHN-QUAD"], &["ASEAN-CHN"]),
    ("calls_with_001", "2025-03-04", "Mexico, which held calls with the United States, waited.", &["MEX+USA"], &[]),
    ("noun_day_between_001", "2014-03-17", "The United States imposed travel bans on Monday on Russian officials.", &["RUS-USA"], &[]),
    ("noun_day_between_002", "2014-03-17", "The European Union imposed asset freezes on Russian officials.", &["EU-RUS"], &[]),
    ("with_backing_of_001", "2019-12-10", "The Gambia filed the case with the backing of the Organisation of Islamic Cooperation.", &["GMB+OIC"], &[]),
    ("broker_active_001", "2018-09-16", "Ethiopia and Eritrea signed a peace deal. The United Arab Emirates, which helped broker the thaw, pledged aid.", &["ARE+ERI", "ARE+ETH", "ERI+ETH"], &[]),
    ("broker_active_002", "2024-01-10", "Oman, which has mediated between Sudan and Chad, warned Iran.", &["OMN+SDN", "OMN+TCD", "IRN-OMN"], &["SDN+TCD"]),
    ("told_to_001", "2022-09-13", "Turkey, Azerbaijan's closest ally, told Armenia to cease its provocations.", &["ARM-TUR", "AZE+TUR"], &[]),
    ("told_to_002", "2024-01-10", "Putin told Xi that the talks had gone well.", &[], &["CHN+RUS", "CHN-RUS"]),
    ("plural_ministers_001", "2020-06-17", "Jaishankar told his Chinese counterpart Wang Yi that the violence was premeditated. The two ministers nonetheless agreed to cool the situation down.", &["CHN+IND"], &[]),
    ("coordinated_nouns_001", "2014-03-17", "The European Union imposed asset freezes and travel bans on Russian officials.", &["EU-RUS"], &[]),
    ("coordinated_nouns_002", "2024-01-10", "Washington imposed sanctions and export controls on China.", &["CHN-USA"], &[]),
    ("chain_negated_001", "2024-01-10", "Pretoria declined to join Western sanctions against Moscow.", &[], &["RUS-ZAF"]),
    ("airspace_001", "2021-09-22", "Algeria closed its airspace to Moroccan flights.", &["DZA-MAR"], &[]),
    ("airspace_002", "2024-06-18", "Pakistan closed its border with Afghanistan after the attack.", &["AFG-PAK"], &[]),
    ("called_for_001", "2024-01-10", "Poland and the Baltic states called for more sanctions against Belarus.", &["BLR-POL", "BLR-EST", "BLR-LTU", "BLR-LVA"], &["BLR+POL"]),
    ("called_for_002", "2024-01-10", "Ukraine called for Russia to withdraw its troops.", &["RUS-UKR"], &["RUS+UKR"]),
    ("lawsuit_001", "2022-01-27", "The EU took China to the World Trade Organization over its trade curbs.", &["CHN-EU"], &[]),
    ("lawsuit_002", "2023-12-29", "South Africa dragged Israel before the ICJ.", &["ISR-ZAF"], &[]),
    ("lawsuit_003", "2023-11-15", "Biden took Xi to a dinner in San Francisco.", &[], &["CHN-USA"]),
    ("remain_001", "2023-05-10", "Egypt and Ethiopia remain at odds over the dam.", &["EGY-ETH"], &[]),
    ("rebuke_from_001", "2023-05-10", "The United States approved an arms sale to Taiwan, drawing a sharp rebuke from Beijing.", &["TWN+USA", "CHN-USA"], &[]),
    ("place_between_001", "2024-02-20", "Israel carried out air strikes in southern Lebanon against Hezbollah targets.", &["HEZBOLLAH-ISR"], &["ISR-LBN"]),
    ("quantity_001", "2024-04-14", "Iran launched more than 300 drones and missiles at Israel overnight.", &["IRN-ISR"], &[]),
    ("quantity_002", "2024-01-12", "American warplanes struck more than a dozen Houthi targets in Yemen.", &["HOUTHIS-USA"], &["USA-YEM"]),
    ("met_demands_001", "2023-07-17", "The Kremlin said it would return to the deal only if the West met its demands.", &[], &["DEU+FRA", "GBR+USA"]),
    ("met_demands_002", "2023-07-17", "Putin met his Chinese counterpart in Beijing.", &["CHN+RUS"], &[]),
    ("coordinated_to_001", "2024-04-14", "The Group of Seven leaders condemned Tehran's attack and pledged to stand by Israel.", &["G7-IRN", "G7+ISR"], &["IRN+ISR"]),
    ("armed_description_001", "2024-01-12", "The Houthis attacked ships in the Red Sea. The rebels, who are backed by Iran, vowed to retaliate.", &["HOUTHIS+IRN"], &[]),
    ("armed_description_002", "2020-03-01", "The Taliban signed a deal with the US. The Taliban promised to cut ties with al-Qaeda. Kabul is expected to open its own talks with the insurgents.", &["AFG+TALIBAN"], &["AFG+AL_QAEDA"]),
    ("armed_description_003", "2024-01-12", "NATO met in Brussels. The militants attacked a convoy.", &[], &[]),
    ("pact_partner_001", "2024-03-17", "Niger's ruling junta revoked a military accord with the United States.", &["NER-USA"], &["NER+USA"]),
    ("pact_partner_002", "2022-03-22", "Russia said it was withdrawing from peace treaty talks with Japan.", &["JPN-RUS"], &["JPN+RUS"]),
    ("pact_partner_003", "2024-01-10", "The United States scrapped tariffs on Chinese solar panels.", &[], &["CHN-USA"]),
    ("broke_off_ties_001", "2024-04-08", "Nicaragua broke off diplomatic ties with Quito in solidarity.", &["ECU-NIC"], &[]),
    ("frozen_001", "2024-02-23", "Armenia has frozen its participation in the Russian-led CSTO.", &["ARM-CSTO"], &[]),
    ("state_owned_001", "2024-04-08", "Mexico said it would take Ecuador to the International Court of Justice after Ecuadorean police stormed its embassy in Quito.", &["ECU-MEX"], &["ECU-ICJ"]),
    ("welcomed_declaration_001", "2023-12-14", "Venezuela and Guyana agreed not to use force. Brazil welcomed the declaration.", &["GUY+VEN", "BRA+GUY", "BRA+VEN"], &[]),
    ("welcomed_truce_001", "2025-01-15", "Israel and Hamas agreed to a ceasefire. Iran welcomed the truce.", &["HAMAS+ISR"], &["IRN+ISR"]),
    ("gerund_of_001", "2024-02-20", "Kigali accused Kinshasa of collaborating with the FDLR, a militia founded by perpetrators of the genocide.", &["COD-RWA", "COD+FDLR"], &[]),
    ("threatened_noun_001", "2023-08-10", "Nigerian President Bola Tinubu had threatened military intervention in Niger after the coup.", &["NER-NGA"], &[]),
    ("conveyed_concerns_001", "2024-05-24", "Japan's chief cabinet secretary said Tokyo had conveyed its concerns to the Chinese side.", &["CHN-JPN"], &[]),
    ("trade_measures_001", "2021-11-22", "China downgraded its ties with Lithuania. The European Union said Beijing's trade measures against the Baltic state were unacceptable and backed Vilnius.", &["CHN-LTU", "EU+LTU"], &["CHN+LTU"]),
    ("turned_to_001", "2024-01-29", "Mali, Burkina Faso and Niger, which have expelled French forces and turned to Moscow for security help, left ECOWAS.", &["MLI+RUS", "BFA+RUS", "NER+RUS"], &["FRA+RUS"]),
    ("mediators_001", "2024-04-15", "The United States and Saudi Arabia, which mediated earlier talks in Jeddah between the warring parties, urged both sides to return to negotiations.", &[], &["SAU+USA"]),
    ("denial_window_001", "2025-01-14", "NATO launched a mission in the Baltic Sea. Moscow dismissed the accusations as absurd, and accused the alliance of turning the Baltic into a NATO lake.", &["NATO-RUS"], &[]),
    ("initialled_001", "2025-08-08", "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House on Friday.", &["ARM+AZE"], &[]),
    ("watchdog_001", "2022-06-09", "Iran removed cameras, the head of the UN atomic watchdog said, a day after the agency's board passed a resolution criticising Tehran.", &["IAEA-IRN"], &["IRN-UN"]),
    ("membership_modifier_001", "2023-07-10", "Erdogan agreed to forward Sweden's NATO membership bid to parliament.", &["NATO+SWE"], &[]),
    ("one_of_allies_001", "2023-09-19", "Warsaw, one of Kyiv's staunchest allies, hit back.", &["POL+UKR"], &[]),
    ("brussels_001", "2024-07-09", "The Georgian government accused Brussels of blackmail.", &["EU-GEO"], &["BEL-GEO"]),
    ("brussels_002", "2024-07-09", "NATO ministers met in Brussels.", &[], &["BEL+NATO"]),
    ("halted_001", "2024-07-09", "The European Union has halted Georgia's accession process.", &["EU-GEO"], &[]),
    ("halted_002", "2024-07-09", "Israel halted its offensive in Gaza.", &[], &["ISR-PSE"]),
    ("warned_others_001", "2023-09-13", "North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday. The United States and South Korea had warned that any arms deal between the two countries would violate UN sanctions.", &["KOR-PRK", "KOR-RUS", "PRK-USA", "RUS-USA"], &["KOR+USA", "UN-USA"]),
    ("warned_others_002", "2024-05-28", "Spain, Ireland and Norway recognised a Palestinian state, and Israel recalled its ambassadors from the three countries.", &["ESP-ISR", "IRL-ISR", "ISR-NOR"], &[]),
    ("bare_complement_001", "2023-10-19", "Washington warned it would reimpose the penalties if Caracas failed to lift the bans.", &["USA-VEN"], &[]),
    ("talks_speaker_001", "2023-12-20", "Egypt said on Tuesday that the latest round of talks with Ethiopia had ended in failure.", &["EGY+ETH"], &[]),
    ("continent_demonym_001", "2024-12-06", "The European Union and the South American bloc Mercosur concluded negotiations on a free trade agreement.", &["EU+MERCOSUR"], &["EU+USA", "MERCOSUR+USA"]),
    ("elided_protest_001", "2024-05-02", "Bolivia severed ties with Israel last year, while Chile and Brazil recalled their ambassadors for consultations.", &["BOL-ISR", "CHL-ISR", "BRA-ISR"], &["BRA+CHL"]),
    ("elided_protest_002", "2024-05-02", "Chile recalled its ambassador for consultations.", &[], &[]),
    ("cleared_sale_001", "2024-01-27", "Washington also cleared the sale of F-35 jets to Greece.", &["GRC+USA"], &[]),
    ("hand_sovereignty_001", "2024-10-03", "Britain agreed on Thursday to hand sovereignty over the Chagos Islands to Mauritius.", &["GBR+MUS"], &[]),
    ("membership_of_001", "2024-01-27", "Ankara completed the ratification of Sweden's membership of NATO.", &["NATO+SWE"], &[]),
    ("membership_of_002", "2023-12-15", "EU leaders agreed to open membership negotiations with Ukraine and Moldova.", &["EU+UKR", "EU+MDA"], &[]),
    ("strikes_inside_001", "2024-03-18", "Pakistan carried out air strikes inside Afghanistan on Monday.", &["AFG-PAK"], &[]),
    ("elided_protest_003", "2016-01-04", "Bahrain cut diplomatic ties with Iran on Monday and the United Arab Emirates downgraded its relations, following the lead of Saudi Arabia.", &["BHR-IRN", "ARE-IRN"], &["ARE-SAU"]),
    ("remarks_by_001", "2021-08-24", "Algeria criticised remarks about Algeria made in Rabat by Israeli Foreign Minister Yair Lapid.", &["DZA-ISR"], &[]),
    ("invitation_001", "2023-03-20", "Xi arrived in Moscow on Monday at the invitation of Putin.", &["CHN+RUS"], &[]),
    ("under_fire_001", "2024-08-23", "Israel came under fire from Turkey over the raid.", &["ISR-TUR"], &[]),
    ("opening_phrase_001", "2024-08-23", "In a rebuke to Washington, India bought more Russian oil.", &["IND-USA"], &[]),
    ("offered_its_001", "2014-09-15", "France offered Baghdad its full support against the Islamic State.", &["FRA+IRQ"], &[]),
    ("offered_its_002", "2014-09-15", "Russia offered Iran its help.", &["IRN+RUS"], &[]),
    ("of_noun_001", "2024-08-23", "Russia has received thousands of artillery shells from North Korea.", &["PRK+RUS"], &["PRK-RUS"]),
    ("received_from_001", "2024-08-23", "Kyiv received the first F-16 jets from Denmark and the Netherlands.", &["DNK+UKR", "NLD+UKR"], &[]),
    ("received_from_002", "2024-08-23", "Putin received a call from Xi.", &[], &["CHN-RUS"]),
    ("asked_alignment_001", "2024-01-10", "The EU called on Serbia to recognise Kosovo.", &["EU+SRB"], &["SRB+XKX"]),
    ("asked_alignment_002", "2023-10-03", "The United States and Britain urged India to cooperate with the Canadian investigation.", &["IND+USA", "GBR+IND"], &["CAN+IND"]),
    ("relative_imposer_001", "2023-03-31", "Japan joined sanctions that Washington imposed on China.", &["CHN-USA", "JPN+USA", "CHN-JPN"], &["CHN+JPN"]),
    ("relative_imposer_002", "2020-11-30", "Australia criticised the tariffs Beijing slapped on Canberra's wine.", &["AUS-CHN"], &[]),
    ("restraint_peaceful_001", "2020-06-17", "Indian and Chinese troops clashed. The State Department urged both sides to pursue a peaceful resolution.", &["CHN-IND"], &["CHN+USA", "IND+USA"]),
    ("asked_not_to_001", "2022-04-20", "Australia urged Honiara last week not to sign the pact.", &["AUS+SLB"], &[]),
    ("solo_act_001", "2023-03-16", "Japan and South Korea met. North Korea fired a missile into the sea, a launch both governments condemned.", &["JPN-PRK", "KOR-PRK"], &["JPN-KOR"]),
    ("solo_act_002", "2017-09-03", "North Korea conducted its sixth and most powerful nuclear test on Sunday. Tokyo joined Seoul in condemning the blast, with Abe calling it unacceptable.", &["JPN-PRK", "KOR-PRK", "JPN+KOR"], &["JPN-KOR"]),
    ("solo_act_003", "2017-09-03", "Japan protested the launch.", &[], &[]),
    ("seeking_from_001", "2017-09-03", "Seoul is seeking new sanctions from the Security Council.", &[], &["KOR-UNSC"]),
    ("called_owned_001", "2014-05-07", "The U.S. State Department called China's move provocative.", &["CHN-USA"], &[]),
    ("coup_in_001", "2021-06-19", "The General Assembly condemned the February coup in Myanmar.", &["MMR-UNGA"], &[]),
    ("protest_noun_001", "2022-08-05", "Tokyo's protest to Beijing over the launches was lodged through diplomatic channels.", &["CHN-JPN"], &[]),
    ("disputes_001", "2016-07-12", "Vietnam, which also disputes China's claims, welcomed the decision.", &["CHN-VNM"], &[]),
    ("place_subject_001", "2014-03-17", "The EU imposed travel bans on Russian officials, a day after Crimea voted to break away from Ukraine and join Russia.", &["EU-RUS"], &["EU+RUS", "RUS+UKR"]),
    ("alliance_not_armed_001", "2024-01-23", "Ankara accused Stockholm of harbouring members of the PKK. Hungary is now the only member of the alliance yet to ratify.", &[], &["HUN+PKK"]),
    ("regretted_001", "2018-05-08", "Trump said the United States would withdraw from the nuclear deal with Iran. The leaders of France and Germany said they regretted the decision.", &["FRA-USA", "DEU-USA"], &[]),
    ("hyphen_compound_001", "2024-11-04", "Sandu said the vote had been tainted by a vote-buying scheme run from Russia.", &[], &["MDA+RUS"]),
    ("model_name_001", "2015-11-24", "Turkish F-16 warplanes shot down a Russian Su-24 bomber near the Syrian border.", &["RUS-TUR"], &["TUR-TWN"]),
    ("hosted_by_title_001", "2023-03-19", "Serbia and Kosovo reached a deal after talks hosted by EU foreign policy chief Josep Borrell.", &["EU+SRB", "EU+XKX"], &[]),
    ("contact_001", "2024-02-23", "The Kremlin said it would contact Yerevan to seek clarification.", &["ARM+RUS"], &[]),
    ("move_of_clause_001", "2024-12-09", "Israel sent troops into the buffer zone on the Golan Heights, and Saudi Arabia joined Egypt in condemning the move.", &["ISR-SAU", "EGY-ISR"], &[]),
    ("move_of_clause_002", "2023-01-25", "Poland, which had threatened to act alone, welcomed the decision.", &[], &[]),
    ("in_solidarity_001", "2018-03-26", "The United States expelled 60 diplomats in solidarity with Britain.", &["GBR+USA"], &[]),
    ("in_solidarity_002", "2018-03-26", "The United States closed the consulate, joining Germany in expelling Russians in solidarity with Britain.", &["GBR+USA", "DEU+USA"], &["GBR+RUS"]),
    ("in_strikes_001", "2022-10-20", "Britain condemned Iran over the use of Iranian-made drones in strikes on Ukrainian cities.", &["GBR-IRN"], &["GBR-UKR"]),
    ("said_must_001", "2022-09-13", "Turkey, Azerbaijan's closest ally, said Armenia should end its provocations.", &["ARM-TUR", "AZE+TUR"], &[]),
    ("said_must_002", "2022-09-13", "Turkey said Armenia should join the talks.", &[], &["ARM-TUR"]),
    ("shuttled_001", "2025-01-15", "Israel and Hamas agreed to a ceasefire. Mediators from Qatar and Egypt had shuttled between the two sides for months.", &["HAMAS+ISR", "ISR+QAT", "EGY+HAMAS"], &[]),
    ("step_up_001", "2023-07-10", "In return, Stockholm pledged to step up cooperation with Ankara.", &["SWE+TUR"], &[]),
    ("led_coalition_001", "2023-03-10", "The war in Yemen, where a Saudi-led coalition has fought the Houthis since 2015, goes on.", &["HOUTHIS-SAU"], &["HOUTHIS-YEM"]),
    ("led_coalition_002", "2023-03-10", "The Russian-led alliance did not intervene.", &[], &[]),
    ("meeting_of_001", "2020-06-17", "Russia said a planned meeting of the Russian, Indian and Chinese foreign ministers would go ahead.", &["IND+RUS", "CHN+RUS", "CHN+IND"], &[]),
    ("meeting_of_002", "2024-06-01", "A summit of the leaders of Brazil and India opened.", &["BRA+IND"], &[]),
    ("mediators_not_neighbours_001", "2025-10-19", "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey, following the deadliest fighting between the neighbours in years.", &["AFG+PAK", "AFG-PAK", "PAK+QAT"], &["QAT-TUR"]),
    ("elided_aid_001", "2022-01-20", "Australia dispatched ships carrying emergency supplies to Tonga. Officials asked for care. China pledged emergency assistance.", &["AUS+TON", "CHN+TON"], &[]),
    ("chairs_001", "2023-08-01", "Nigerian President Bola Tinubu, who chairs ECOWAS, said the bloc would act.", &["ECOWAS+NGA"], &[]),
    ("defied_001", "2023-08-01", "North Korea defied UN sanctions.", &["PRK-UN"], &[]),
    ("who_org_001", "2020-02-01", "The WHO praised China's response to the outbreak.", &["CHN+WHO"], &[]),
    ("arrest_warrant_001", "2023-03-17", "The International Criminal Court issued an arrest warrant for Vladimir Putin.", &["ICC-RUS"], &[]),
    ("intercepted_001", "2023-06-01", "NATO warplanes intercepted Russian jets over the Baltic.", &["NATO-RUS"], &[]),
    ("ordered_to_001", "2024-01-26", "The ICJ ordered Israel to prevent acts of genocide in Gaza.", &["ICJ-ISR"], &[]),
    ("ordered_to_002", "2024-01-26", "Putin ordered the Russian army to withdraw.", &[], &[]),
    ("ruled_against_001", "2023-06-01", "A WTO panel ruled against China in the barley dispute.", &["CHN-WTO"], &[]),
    ("freed_001", "2023-10-20", "Hamas freed two American hostages on Friday.", &["HAMAS+USA"], &[]),
    ("linked_to_001", "2023-11-20", "The Houthis seized a cargo ship linked to Israel.", &["HOUTHIS-ISR"], &[]),
    ("helped_001", "2023-11-14", "Wagner fighters helped the Malian army retake Kidal.", &["MLI+WAGNER"], &[]),
    ("helped_002", "2021-08-31", "Qatari officials helped evacuate thousands of foreigners from Kabul airport.", &[], &["AFG+QAT"]),
    ("said_did_001", "2024-03-01", "The World Health Organization said Israel had blocked aid convoys.", &["ISR-WHO"], &[]),
    ("said_did_002", "2020-10-05", "Turkey said Armenia had violated the ceasefire.", &["ARM-TUR"], &[]),
    ("violated_001", "2023-09-13", "Any deal between the two would violate UN sanctions.", &[], &[]),
    ("place_antecedent_001", "2015-11-24", "Turkish warplanes shot down a Russian bomber near the Syrian border, saying it had violated Turkey's airspace.", &["RUS-TUR"], &["SYR-TUR"]),
    ("abstained_001", "2023-02-23", "India abstained on a resolution condemning Russia.", &[], &["IND-RUS"]),
    ("pact_left_001", "2023-02-21", "Russia suspended its participation in the New START treaty with the United States.", &["RUS-USA"], &["RUS+USA"]),
    ("pact_left_002", "2022-03-02", "Belarus voted against the text alongside Russia.", &["BLR+RUS"], &[]),
    ("designated_001", "2024-01-17", "The United States designated the Houthis a terrorist organisation.", &["HOUTHIS-USA"], &[]),
    ("designated_002", "2024-01-17", "The US designated a special envoy for Sudan.", &[], &["SDN-USA"]),
    ("received_leader_001", "2023-06-06", "The Saudi crown prince received the Iranian president in Riyadh.", &["IRN+SAU"], &[]),
    ("received_goods_001", "2024-08-23", "Russia received shells from North Korea.", &["PRK+RUS"], &["PRK-RUS"]),
    ("killed_dozens_001", "2024-09-23", "Israeli strikes killed dozens in southern Lebanon.", &["ISR-LBN"], &[]),
    ("demand_on_other_001", "2023-11-01", "Guyana asked the ICJ to stop Venezuela from holding a referendum.", &["GUY+ICJ"], &["GUY-ICJ"]),
    ("demand_on_other_002", "2023-10-01", "The White House urged Belgrade to pull its forces back.", &["SRB-USA"], &["SRB+USA"]),
    ("amid_tensions_001", "2024-01-26", "Canada and the Philippines signed a defence pact amid tensions with China.", &["CAN+PHL", "CAN-CHN", "CHN-PHL"], &[]),
    ("exchanged_ambassadors_001", "2023-09-05", "Riyadh and Tehran exchanged ambassadors for the first time since 2016.", &["IRN+SAU"], &[]),
    ("purpose_troops_001", "2024-11-01", "North Korea sent troops to Russia to fight against Ukraine.", &["PRK+RUS", "PRK-UKR"], &[]),
    ("purpose_weapons_001", "2022-10-20", "Iran sent drones to Russia to attack Ukrainian cities.", &["IRN+RUS", "RUS-UKR"], &[]),
    ("bound_for_001", "2024-01-10", "The Houthis vowed to keep attacking ships bound for Israel.", &["HOUTHIS-ISR"], &[]),
    ("aid_package_001", "2023-06-01", "The Pentagon announced a new $500 million weapons package for Kyiv.", &["UKR+USA"], &[]),
    ("responded_with_001", "2023-10-01", "PKK militants killed two Turkish soldiers in northern Iraq, and Turkey responded with air strikes.", &["PKK-TUR"], &["IRQ-PKK"]),
    ("responded_with_002", "2024-04-19", "Iran fired missiles at Israel. Israel retaliated with strikes on Tuesday.", &["IRN-ISR"], &[]),
    ("responded_with_003", "2024-04-19", "Russia shelled Kharkiv. France responded with strikes.", &[], &["FRA-RUS"]),
    ("kidnapped_001", "2024-03-08", "Boko Haram kidnapped dozens of students in northern Nigeria.", &["BOKO_HARAM-NGA"], &[]),
    ("move_of_relative_001", "2024-03-05", "Norway and Denmark agreed to deepen cooperation. Finland, which joined NATO last year, welcomed the move.", &["FIN+NOR", "DNK+FIN"], &[]),
    ("refusal_to_001", "2022-06-17", "Kazakhstan reaffirmed its refusal to recognise Kosovo.", &[], &["KAZ+XKX"]),
    ("negated_or_001", "2023-03-19", "Hungary would never sanction Russia or support Ukraine.", &[], &["HUN+UKR", "RUS+UKR"]),
    ("demand_leaving_001", "2005-07-06", "The SCO called on the United States to set a deadline for leaving the region.", &["SCO-USA"], &["SCO+USA"]),
    ("demand_review_001", "2019-08-08", "India urged Pakistan to review the decision.", &["IND-PAK"], &["IND+PAK"]),
    ("coordination_with_001", "2021-11-15", "Washington imposed sanctions on Nicaraguan officials in coordination with Canada and Britain.", &["CAN+USA", "GBR+USA", "NIC-USA"], &["CAN+NIC"]),
    ("alongside_subject_001", "2021-11-15", "Washington imposed sanctions on Nicaragua alongside Canada.", &["CAN+USA", "NIC-USA"], &["CAN+NIC"]),
    ("impose_costs_001", "2018-10-05", "Washington vowed to impose costs on Russia.", &["RUS-USA"], &[]),
    ("signed_by_001", "2020-11-10", "The accord was signed by Armenia and Azerbaijan.", &["ARM+AZE"], &[]),
    ("pronoun_before_relative_001", "2023-09-29", "NATO reinforced its presence in Kosovo, whose prime minister has accused Belgrade.", &["SRB-XKX"], &["NATO-SRB"]),
    ("ultimatum_001", "2005-07-30", "Uzbekistan gave the United States 180 days to vacate the air base.", &["USA-UZB"], &[]),
    ("ultimatum_002", "2019-01-23", "Maduro responded by giving American diplomats 72 hours to leave the country.", &["USA-VEN"], &[]),
    ("claimed_by_001", "2023-12-12", "Gunmen killed 20 Pakistani soldiers in an attack claimed by the Pakistani Taliban.", &["PAK-TTP"], &[]),
    ("visit_on_001", "2013-09-07", "Xi arrived in Astana on a state visit to Kazakhstan.", &["CHN+KAZ"], &[]),
    ("visit_opening_001", "2013-09-07", "During a state visit to Kazakhstan, Xi signed deals.", &["CHN+KAZ"], &[]),
    ("quoted_concern_001", "2011-05-03", "Pakistan voiced \"deep concerns and reservations\" over the U.S. raid.", &["PAK-USA"], &[]),
    ("targets_around_place_001", "2026-01-03", "U.S. forces struck military targets in and around Caracas. Venezuela condemned the attack.", &["USA-VEN"], &[]),
    ("between_titled_001", "2018-10-05", "The deal was concluded during annual talks in New Delhi between Prime Minister Narendra Modi and President Vladimir Putin.", &["IND+RUS"], &[]),
    ("attack_by_001", "2024-04-14", "Guterres condemned the large-scale attack by Iran.", &["IRN-UN"], &[]),
    ("led_aggression_001", "2015-03-26", "Iran demanded an immediate halt to the Saudi-led \"military aggression\".", &["IRN-SAU"], &[]),
    ("end_to_001", "2024-01-01", "Iran called for an end to Israeli strikes.", &["IRN-ISR"], &["IRN+ISR"]),
    ("end_to_002", "2024-01-01", "Iran called for an end to the strikes on Yemen.", &[], &["IRN-YEM"]),
    ("end_to_003", "2024-01-01", "Iran demanded an end to the Israeli strikes.", &["IRN-ISR"], &[]),
    ("discussed_001", "2024-04-12", "Tiani and Putin discussed strengthening ties.", &["NER+RUS"], &[]),
    ("discussed_topic_001", "2023-11-15", "Biden and Xi discussed Taiwan.", &["CHN+USA"], &["CHN+TWN", "TWN+USA"]),
    ("paused_001", "2021-10-27", "The World Bank paused disbursements to Sudan.", &["SDN-WORLD_BANK"], &[]),
    ("closed_borders_001", "2023-07-31", "ECOWAS leaders closed their borders with Niger.", &["ECOWAS-NER"], &[]),
    ("commended_001", "2023-10-02", "France commended Kenya.", &["FRA+KEN"], &[]),
    ("captured_place_001", "2025-01-27", "M23 rebels captured Goma, the largest city in eastern Congo.", &["COD-M23"], &[]),
    ("withheld_aid_001", "2019-09-10", "Washington withheld military aid from Ukraine.", &["UKR-USA"], &["UKR+USA"]),
    ("sought_help_001", "2021-12-01", "Mali sought help from Russia.", &["MLI+RUS"], &[]),
    ("trained_001", "2023-06-01", "Britain trained Ukrainian soldiers.", &["GBR+UKR"], &[]),
    ("sank_001", "2022-04-14", "Ukraine sank a Russian warship.", &["RUS-UKR"], &[]),
    ("assassinated_001", "2024-01-02", "Israel assassinated a Hamas commander.", &["HAMAS-ISR"], &[]),
    ("jailed_001", "2023-07-19", "Russia jailed an American journalist.", &["RUS-USA"], &[]),
    ("cyberattack_001", "2007-05-01", "Russia launched a cyberattack on Estonia.", &["EST-RUS"], &[]),
    ("guarantees_001", "2024-02-16", "France offered security guarantees to Ukraine.", &["FRA+UKR"], &[]),
    ("voted_in_favour_001", "2023-02-23", "India voted in favour of the Russian resolution.", &["IND+RUS"], &[]),
    ("captured_modifier_001", "2019-02-28", "Pakistan will release a captured Indian pilot to India.", &["IND+PAK"], &[]),
    ("its_neighbour_001", "2025-06-27", "The foreign ministers of Congo and Rwanda signed a peace agreement at the State Department. Kinshasa accuses its neighbour of arming the rebels.", &["COD-RWA"], &["COD-USA"]),
    ("its_neighbour_002", "2023-09-19", "Turkey, a close ally of Baku, backed Azerbaijan, while Armenia accused its neighbour of ethnic cleansing.", &["ARM-AZE"], &["ARM-TUR"]),
    ("continued_backing_001", "2016-09-26", "Kerry pledged Washington's continued backing for Colombia.", &["COL+USA"], &[]),
    ("dropped_objection_001", "2022-06-28", "Turkey dropped its objection to Finland and Sweden joining NATO.", &["FIN+TUR", "SWE+TUR"], &["FIN-TUR", "SWE-TUR"]),
    ("flew_joint_patrol_001", "2021-11-11", "Russian bombers flew a joint patrol with the Belarusian air force.", &["BLR+RUS"], &[]),
    ("blamed_on_001", "2022-11-20", "It was a bombing in Istanbul that Ankara blamed on the PKK.", &["PKK-TUR"], &[]),
    ("denied_and_001", "2006-07-13", "Lebanon denied any prior knowledge of the raid and appealed to the United Nations to broker a ceasefire.", &["LBN+UN"], &[]),
    ("ultimatum_month_001", "2023-01-23", "Burkina Faso said it had given France one month to withdraw its troops.", &["BFA-FRA"], &[]),
    ("hosting_opener_001", "2025-06-27", "Congo and Rwanda signed a peace agreement in Washington. Hosting the ceremony at the State Department, Secretary of State Marco Rubio called it an important moment.", &["COD+RWA", "COD+USA", "RWA+USA"], &[]),
    ("insisted_that_001", "2022-01-31", "Bamako insisted that Denmark withdraw its soldiers.", &["DNK-MLI"], &[]),
    ("coup_named_001", "2023-08-30", "Soldiers seized power in Gabon on Wednesday. France condemned the coup.", &["FRA-GAB"], &[]),
    ("coup_named_002", "2023-08-30", "Soldiers seized power in Gabon on Wednesday. The African Union suspended Gabon, and Nigeria joined the AU in condemning the takeover.", &["AU-GAB", "GAB-NGA"], &["AU-NGA"]),
    ("drew_from_001", "2019-07-08", "The United States approved arms sales to Taiwan. The announcement drew condemnation from Beijing.", &["CHN-USA"], &[]),
    ("opposed_between_001", "2019-07-08", "Beijing said it firmly opposed any official exchanges between the United States and Taiwan.", &["CHN-TWN", "CHN-USA"], &[]),
    ("sued_001", "2019-11-11", "Gambia sued Myanmar at the ICJ.", &["GMB-MMR"], &[]),
    ("invested_001", "2015-04-20", "China invested billions in Pakistan.", &["CHN+PAK"], &[]),
    ("sold_001", "2017-09-12", "Russia sold S-400 systems to Turkey.", &["RUS+TUR"], &[]),
    ("imported_from_001", "2023-01-10", "India imported record volumes of oil from Russia.", &["IND+RUS"], &[]),
    ("fired_on_001", "2024-10-13", "Israeli troops opened fire on Lebanese soldiers.", &["ISR-LBN"], &[]),
    ("wounded_001", "2024-01-01", "Russian strikes wounded Ukrainian civilians.", &["RUS-UKR"], &[]),
    ("sentenced_001", "2016-09-06", "Iran sentenced a British national.", &["GBR-IRN"], &[]),
    ("ignored_001", "2024-05-06", "Israel ignored U.S. warnings.", &["ISR-USA"], &[]),
    ("pleaded_with_001", "2024-07-10", "Zelensky pleaded with NATO for more air defences.", &["NATO+UKR"], &[]),
    ("pressed_001", "2025-02-20", "Washington pressed Kyiv to hold elections.", &["UKR+USA"], &[]),
    ("condolences_001", "2024-03-23", "Modi offered condolences to Russia.", &["IND+RUS"], &[]),
    ("conferred_001", "2024-01-01", "Saudi Arabia conferred with Egypt.", &["EGY+SAU"], &[]),
    ("protect_001", "2022-09-18", "The United States vowed to protect Taiwan.", &["TWN+USA"], &[]),
    ("hacked_001", "2023-02-04", "Chinese hackers hacked the Pentagon.", &["CHN-USA"], &[]),
    ("trip_001", "2023-06-18", "Blinken made a trip to China.", &["CHN+USA"], &[]),
    ("postponed_trip_001", "2023-02-04", "Blinken postponed a trip to China.", &[], &["CHN+USA"]),
    ("occupation_001", "2014-03-18", "Russia's occupation of Ukraine's Crimea continued.", &["RUS-UKR"], &[]),
    ("participle_aside_001", "2015-11-24", "NATO, meeting in Brussels at Turkey's request, expressed solidarity with Turkey.", &["NATO+TUR"], &[]),
    ("to_border_001", "2008-03-03", "Chavez ordered tank battalions to his own frontier with Colombia.", &["COL-VEN"], &[]),
    ("to_border_002", "2021-11-10", "Poland sent troops to its border with Belarus.", &["BLR-POL"], &["BLR+POL"]),
    ("to_border_003", "2020-06-15", "India sent troops to the border with China.", &["CHN-IND"], &["CHN+IND"]),
    ("suspended_with_001", "2025-04-24", "New Delhi suspended a water-sharing treaty with Islamabad.", &["IND-PAK"], &[]),
    ("verb_series_001", "2024-01-01", "Lithuania signed a gas deal with Poland on Monday, expelled Russian diplomats and closed two crossings.", &["LTU+POL", "LTU-RUS"], &["POL-RUS"]),
    ("resolution_reaction_001", "2024-01-01", "The Security Council demanded a halt to the fighting in Sudan. The government in Khartoum rejected the resolution.", &["SDN-UNSC"], &[]),
    ("resolution_reaction_002", "2024-01-01", "The General Assembly adopted a text on Gaza by a wide margin. Hamas welcomed the vote.", &["HAMAS+UNGA"], &[]),
    ("resolution_reaction_003", "2024-01-01", "The Security Council met on Iran. Russia voted against the resolution.", &[], &["RUS-UNSC"]),
    ("travel_capital_001", "2022-06-16", "German Chancellor Olaf Scholz travelled to Kyiv on Thursday as Ukraine pressed for heavier weapons.", &["DEU+UKR"], &[]),
    ("agreed_on_stance_001", "2024-01-01", "EU ministers agreed on new sanctions against Belarus.", &["BLR-EU"], &[]),
    ("sanctions_yet_001", "2017-08-05", "Japan announced its toughest sanctions yet against North Korea.", &["JPN-PRK"], &[]),
    ("by_means_001", "2025-05-10", "Arriving by overnight train, Macron and Merz met Zelensky in Kyiv.", &["FRA+UKR", "DEU+UKR"], &["DEU+FRA"]),
    ("called_enemy_001", "2020-01-17", "Iran's supreme leader called the United States \"the enemy\" on Friday.", &["IRN-USA"], &[]),
    ("together_with_001", "2023-10-24", "Finland is investigating the damage together with Estonia.", &["EST+FIN"], &[]),
    ("together_with_002", "2023-10-24", "Russia, which leads the cartel together with Saudi Arabia, cut output.", &["RUS+SAU"], &[]),
    ("topic_with_001", "2022-07-19", "Putin attended a summit on Syria with Erdogan.", &["RUS+TUR"], &[]),
    ("summit_subject_001", "2022-07-19", "Putin was in Tehran for a summit with Erdogan.", &["RUS+TUR"], &[]),
    ("question_not_request_001", "2019-08-25", "Zarif mocked the plan, asking whether Washington was milking the Saudis.", &[], &["IRN+USA"]),
    ("briefed_001", "2019-08-25", "Zarif later briefed British and German officials.", &["DEU+IRN", "GBR+IRN"], &[]),
    ("owned_speaker_001", "2023-11-20", "Yemen's Houthi movement said it had seized an Israeli-linked ship.", &["HOUTHIS-ISR"], &["ISR-YEM"]),
    ("and_aux_001", "2023-11-20", "Tokyo contacted the Houthis and had asked Oman to mediate.", &["JPN+OMN"], &["HOUTHIS+OMN"]),
    ("phone_call_opener_001", "2019-09-15", "In a phone call with President Donald Trump, Saudi Crown Prince Mohammed bin Salman said the kingdom was ready.", &["SAU+USA"], &[]),
    ("held_responsible_001", "2024-09-17", "Hezbollah held Israel fully responsible for the blasts.", &["HEZBOLLAH-ISR"], &[]),
    ("held_responsible_002", "2024-09-17", "Britain did not hold Iran responsible.", &[], &["GBR-IRN"]),
    ("object_it_001", "2023-06-06", "European Council President Charles Michel said he was shocked by the attack, while NATO Secretary General Jens Stoltenberg called it an outrageous act.", &[], &["EU-NATO"]),
    ("early_on_001", "2015-03-26", "Saudi Arabia launched air strikes in Yemen early on Thursday against Houthi fighters.", &["HOUTHIS-SAU"], &[]),
    ("islamic_republic_001", "2025-06-22", "The United States struck Iranian nuclear sites, joining Israel's war against the Islamic Republic.", &["IRN-ISR"], &[]),
    ("war_on_001", "2024-01-01", "Israel's war on Hamas continued.", &["HAMAS-ISR"], &[]),
    ("said_and_speaker_001", "2025-01-01", "Slovak Prime Minister Robert Fico said the decision would hurt the European Union, and accused Kyiv of harming Slovak interests.", &["SVK-UKR"], &["EU-UKR"]),
    ("export_curbs_001", "2019-07-04", "Japan began tightening curbs on exports to South Korea.", &["JPN-KOR"], &[]),
    ("banned_exports_001", "2024-12-03", "China banned exports of gallium to the United States.", &["CHN-USA"], &[]),
    ("joint_statement_speakers_001", "2021-07-21", "Ukraine and Poland said in a joint statement that the deal was a threat.", &["POL+UKR"], &[]),
    ("price_cap_001", "2022-12-04", "The G7 agreed to cap the price of Russian seaborne crude.", &["G7-RUS"], &[]),
    ("price_cap_002", "2022-12-04", "The EU imposed a price cap on Russian oil.", &["EU-RUS"], &[]),
    ("accused_of_passive_001", "2025-03-20", "Washington sanctioned a Chinese refinery accused of processing Iranian oil.", &[], &["CHN-IRN"]),
    ("finance_minister_001", "2025-05-12", "Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva.", &["CHN+USA"], &[]),
    ("demand_suspend_001", "2018-11-21", "The United States urged Pristina to suspend the measure.", &["USA-XKX"], &["USA+XKX"]),
    ("participle_object_001", "2024-05-14", "A senior U.S. diplomat visiting Tbilisi warned Moscow against interfering.", &["RUS-USA"], &["GEO-RUS"]),
    ("told_by_phone_001", "2022-10-10", "German Chancellor Olaf Scholz told Ukrainian President Volodymyr Zelenskiy by phone that more air defences would come.", &["DEU+UKR"], &[]),
    ("hosts_of_talks_001", "2019-12-09", "Putin and Zelenskiy met in Paris on Monday. The talks, hosted by French President Emmanuel Macron and attended by German Chancellor Angela Merkel, lasted eight hours.", &["FRA+RUS", "FRA+UKR", "DEU+RUS", "DEU+UKR"], &[]),
    ("joint_attack_001", "2024-01-12", "American and British jets struck Houthi positions in Yemen.", &["GBR+USA"], &[]),
    ("quote_participle_001", "2020-04-12", "\"The big deal with OPEC Plus is done,\" Trump wrote, thanking Saudi Arabia's King Salman.", &["SAU+USA"], &[]),
    ("adjective_participle_001", "2016-12-23", "Israel kept building homes in occupied Palestinian territory.", &[], &["ISR-PSE"]),
    ("spokesperson_001", "2024-12-03", "Foreign ministry spokesperson Lin Jian accused the U.S. of abusing export controls.", &["CHN-USA"], &[]),
    ("ultimatum_envoy_001", "2022-01-31", "Mali's junta gave France's ambassador 72 hours to leave the country.", &["FRA-MLI"], &[]),
    ("led_talks_001", "2022-11-02", "Ethiopia and the TPLF agreed to a truce. The deal was reached after African Union-led talks.", &["AU+ETH", "AU+TPLF"], &[]),
    ("owners_rivals_001", "2019-12-06", "Egypt backs Sarraj's rivals in the east.", &[], &["EGY+LBY"]),
    ("any_attack_on_001", "2023-08-10", "Mali and Burkina Faso warned that any attack on Niamey would be a declaration of war.", &[], &["MLI-NER", "BFA-NER"]),
    ("threaten_against_001", "2025-04-12", "Trump threatened military action against Iran.", &["IRN-USA"], &[]),
    ("passive_claimed_001", "2024-10-07", "Two Chinese engineers were killed near Karachi, in an attack claimed by the separatist Balochistan Liberation Army.", &["BLA-CHN"], &[]),
    ("group_spokesman_001", "2023-10-04", "Zabihullah Mujahid condemned Pakistan's decision.", &["PAK-TALIBAN"], &[]),
    ("sign_of_001", "2023-09-08", "The summons was the latest sign of strain between Russia and Armenia.", &[], &["ARM+RUS"]),
    ("adjective_noun_001", "2023-09-08", "Moscow objected to joint military exercises with U.S. troops.", &[], &["RUS+USA"]),
    ("some_of_group_001", "2020-09-15", "Bahrain and the UAE became the first Arab states in decades to establish ties with Israel.", &["ARE+ISR", "BHR+ISR"], &["EGY+ISR", "ISR+JOR"]),
    ("condemned_as_by_001", "2024-09-17", "Mikati condemned the blasts as a grave violation of Lebanese sovereignty by Israel.", &["ISR-LBN"], &[]),
    ("requested_talks_001", "2025-09-19", "Estonia requested consultations with its NATO allies.", &["EST+NATO"], &[]),
    ("standing_beside_001", "2018-07-16", "Standing beside Vladimir Putin in Helsinki, Donald Trump praised the summit.", &["RUS+USA"], &[]),
    ("blackmailed_001", "2025-02-09", "Lithuania said it had been blackmailed by Moscow over energy for decades.", &["LTU-RUS"], &[]),
    ("particle_back_001", "2015-09-24", "Croatia turned back Serbian trucks at the border.", &[], &["HRV+SRB"]),
    ("ethnic_demonym_001", "2023-05-26", "Serbian troops blocked ethnic Albanian protesters near the border.", &[], &["ALB-SRB"]),
    ("two_countries_states_001", "2022-11-15", "Albanese met Xi on the sidelines of the G20 summit, the first talks between the two countries' leaders since 2016.", &["AUS+CHN"], &["CHN+G20", "AUS+G20"]),
    ("and_modal_001", "2024-01-15", "Nauru said it was cutting ties with Taiwan and would recognise Beijing.", &["CHN+NRU"], &["CHN+TWN"]),
    ("co_host_001", "2022-05-30", "Fiji co-hosted the summit with China.", &["CHN+FJI"], &[]),
    ("participle_its_001", "2024-01-01", "Kenya tightened security near Somalia on Friday, accusing its neighbour of complicity in the raid.", &["KEN-SOM"], &[]),
];

#[test]
fn relation_patterns_table() {
    let mut failures = Vec::new();
    for (name, date, text, want, forbid) in TABLE {
        let a = analyze(
            text,
            &Options {
                date: Some(date.to_string()),
                id: None,
            },
        )
        .expect("analysis");
        let got = pairs(&a);
        for w in *want {
            if !got.contains(*w) {
                failures.push(format!("{name}: missing {w} in {text:?}; got {got:?}"));
            }
        }
        for f in *forbid {
            if got.contains(*f) {
                failures.push(format!("{name}: unwanted {f} in {text:?}; got {got:?}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn negation_marks_relations() {
    let a = analyze(
        "Hungary refused to back new sanctions against Moscow.",
        &Options::default(),
    )
    .unwrap();
    assert!(!negated(&a).is_empty(), "{:?}", a.relations);
    assert!(a.relations.iter().all(|r| r.negated));
}

#[test]
fn every_relation_names_its_rule_and_trigger() {
    let text =
        "China and Russia oppose NATO. Japan joined the United States in condemning North Korea.";
    let a = analyze(text, &Options::default()).unwrap();
    assert!(a.relations.len() >= 4);
    for r in &a.relations {
        assert!(r.rule.as_deref().is_some_and(|x| !x.is_empty()));
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[r.trigger.start..r.trigger.end]).unwrap(),
            r.trigger.text
        );
        assert!(r.evidence.contains(&r.trigger.text));
    }
}

/// The first relation from `pair.0` to `pair.1` that `ok` accepts; the test fails without one.
fn directed<'a>(
    a: &'a Analysis,
    pair: (&str, &str),
    ok: impl Fn(&RelationOut) -> bool,
) -> &'a RelationOut {
    a.relations
        .iter()
        .find(|r| (r.source.as_str(), r.target.as_str()) == pair && ok(r))
        .unwrap_or_else(|| panic!("no {pair:?} in {:?}", a.relations))
}

#[test]
fn asked_and_alleged_acts_are_hedged() {
    for (text, act) in [
        (
            "Iran urged Hezbollah to attack Israel.",
            ("HEZBOLLAH", "ISR"),
        ),
        (
            "Rwanda accused Congo of collaborating with the FDLR.",
            ("COD", "FDLR"),
        ),
    ] {
        let a = analyze(text, &Options::default()).unwrap();
        let r = directed(&a, act, |_| true);
        assert!(r.hedged, "{text}: {r:?}");
        // The request and the accusation themselves are stated.
        assert!(a.relations.iter().any(|x| !x.hedged), "{text}");
    }
}

#[test]
fn a_response_is_against_the_attacker() {
    for (text, want) in [
        (
            "PKK militants killed two Turkish soldiers in northern Iraq, and Turkey responded with air strikes.",
            ("TUR", "PKK"),
        ),
        (
            "Iran fired missiles at Israel. Israel retaliated with strikes on Tuesday.",
            ("ISR", "IRN"),
        ),
        (
            "North Korea shelled South Korea. Seoul returned fire.",
            ("KOR", "PRK"),
        ),
    ] {
        let a = analyze(text, &Options::default()).unwrap();
        directed(&a, want, |r| r.polarity < 0);
    }
}

#[test]
fn an_envoy_sent_is_a_visit() {
    let a = analyze(
        "Beijing sent its top diplomat to Moscow for talks on Ukraine.",
        &Options::default(),
    )
    .unwrap();
    let r = directed(&a, ("CHN", "RUS"), |_| true);
    assert_eq!(r.kind, "CONSULT", "{r:?}");
    // Weapons sent are still aid.
    let a = analyze("The US sent weapons to Ukraine.", &Options::default()).unwrap();
    assert!(
        a.relations.iter().any(|r| r.kind == "AID"),
        "{:?}",
        a.relations
    );
}
