package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import parley.type.Stance;

/**
 * Each stance frame of the codebook on a short sentence written for this test: the stances it must yield (sorted,
 * separated by ";"), and the frame its origin names (or one of the frames, separated by "/"). None of these sentences is taken from the gold.
 */
class StanceFramesTest {

    private static final String FRAMES = """
            Turkey launched an offensive against the YPG in October.                              | TUR OPPOSE YPG                                              | noun
            The United States imposed sanctions on Iran.                                          | USA OPPOSE IRN                                              | noun
            Turkey’s offensive against the SDF began in 2019.                                     | TUR OPPOSE SDF                                              | noun
            Russia values its alliance with the regime, Iran and Hezbollah.                       | RUS SUPPORT HEZBOLLAH;RUS SUPPORT IRN;RUS SUPPORT SYR_GOV   | noun
            Iran praised Hezbollah.                                                               | IRN SUPPORT HEZBOLLAH                                       | verb
            Russia faulted Turkey for its inaction. It also blamed the rebels.                    | RUS OPPOSE OPPOSITION;RUS OPPOSE TUR                        | verb/verb+pronoun
            The rebels fired on regime forces.                                                    | OPPOSITION OPPOSE SYR_GOV                                   | verb
            HTS dislodged Hurras al-Din from the town.                                            | HTS OPPOSE HURRAS                                           | verb
            HTS’s attempt to distance itself from al-Qaeda failed.                                | HTS OPPOSE AQ                                               | verb
            The rebels were unable to hold the town despite the support they received from Turkey. | TUR SUPPORT OPPOSITION                                     | noun
            Turkey sent reinforcements to both the rebels and its own posts.                      | TUR SUPPORT OPPOSITION                                      | noun
            HTS used force against Hurras al-Din.                                                 | HTS OPPOSE HURRAS                                           | noun
            Attacks by the regime on the rebels continued.                                        | SYR_GOV OPPOSE OPPOSITION                                   | noun
            HTS severed its ties with al-Qaeda.                                                   | HTS OPPOSE AQ                                               | verb
            HTS tried to distance itself from al-Qaeda.                                           | HTS OPPOSE AQ                                               | verb
            The YPG is affiliated with the PKK.                                                   | YPG SUPPORT PKK                                             | verb
            HTS called on its fighters to resist, while remaining opposed to the regime.          | HTS OPPOSE SYR_GOV                                          | verb
            Turkey welcomed HTS’s break with al-Qaeda.                                            | HTS OPPOSE AQ;TUR SUPPORT HTS                               | noun/verb
            HTS defended itself after the United States designated it a terrorist organisation.   | USA OPPOSE HTS                                              | verb
            Turkey stood with the rebels.                                                         | TUR SUPPORT OPPOSITION                                      | verb
            Iran sided with the Syrian government.                                                | IRN SUPPORT SYR_GOV                                         | verb
            The regime retaliated against Israel.                                                 | SYR_GOV OPPOSE ISR                                          | verb
            Russia suspended the Astana process.                                                  | RUS OPPOSE ASTANA_PROCESS                                   | verb
            The Sochi agreement, violated by the regime, collapsed.                               | SYR_GOV OPPOSE SOCHI_2018                                   | passive
            Backed by Russian airpower, the Syrian regime pursued a strategy.                     | RUS SUPPORT SYR_GOV                                         | passive
            Putin and Erdoğan agreed a ceasefire in Moscow on 5 March 2020.                       | ERDOGAN SUPPORT MOSCOW_2020;PUTIN SUPPORT MOSCOW_2020       | party
            Russia signed the Sochi memorandum with Turkey.                                       | RUS SUPPORT SOCHI_2018;TUR SUPPORT SOCHI_2018               | party
            Ankara’s ceasefire with Moscow held.                                                  | RUS SUPPORT MOSCOW_2020;TUR SUPPORT MOSCOW_2020             | party
            Turkey condemned the regime’s graphic and blatant breach of the Sochi agreement.      | SYR_GOV OPPOSE SOCHI_2018;TUR OPPOSE SYR_GOV                | noun/verb
            Russia and Turkey renewed contacts. After a week, they announced the Moscow Protocol.  | RUS SUPPORT MOSCOW_2020;TUR SUPPORT MOSCOW_2020             | party+pronoun
            The Astana process, launched with Iran in 2017, collapsed.                            | IRN SUPPORT ASTANA_PROCESS                                  | party
            The parties to the Sochi memorandum (Russia and Turkey) met again.                    | RUS SUPPORT SOCHI_2018;TUR SUPPORT SOCHI_2018               | party
            The 2017 Astana agreement between Turkey, Iran and Russia set up four zones.          | IRN SUPPORT ASTANA_2017;RUS SUPPORT ASTANA_2017;TUR SUPPORT ASTANA_2017 | party
            Turkey remained committed to the Sochi agreement.                                     | TUR SUPPORT SOCHI_2018                                      | verb
            The United States listed HTS as a terrorist organisation.                             | USA OPPOSE HTS                                              | designation
            HTS is considered by Russia a terrorist organisation.                                 | RUS OPPOSE HTS                                              | designation
            Turkey started referring to HTS as a terrorist organisation.                          | TUR OPPOSE HTS                                              | designation
            Russia and Turkey accused each other of non-compliance.                               | RUS OPPOSE TUR;TUR OPPOSE RUS                               | reciprocal
            Clashes between Turkish forces and regime forces continued.                           | TUR OPPOSE SYR_GOV                                          | between
            The regime’s principal backers, Russia and Iran, met in Tehran.                       | IRN SUPPORT SYR_GOV;RUS SUPPORT SYR_GOV                     | relational
            Jordan, Turkey’s closest ally, sent aid.                                              | JOR SUPPORT TUR                                             | relational
            Assad and his Russian allies met in Sochi.                                            | RUS SUPPORT ASSAD                                           | relational
            Turkey and its rebel allies met in Gaziantep.                                         | TUR SUPPORT OPPOSITION                                      | relational
            Iran worried about the staying power of its Syrian ally.                              | IRN SUPPORT SYR_GOV                                         | relational
            Moscow saw a dependable partner in Tehran and a rival in Ankara.                      | RUS OPPOSE TUR;RUS SUPPORT IRN                              | noun
            The YPG wrested the dam from the Islamic State in 2017.                               | YPG OPPOSE ISIS                                             | verb
            Iran sent drones to the militia it backs in Lebanon, Hezbollah.                       | IRN SUPPORT HEZBOLLAH                                       | verb
            Jolani told reporters: “We fought Hurras al-Din for months.”                          | JOLANI OPPOSE HURRAS                                        | verb
            “Our alliance with Turkey is strong”, an HTS commander said.                          | HTS SUPPORT TUR                                             | noun
            Jordan and Israel met in Amman. Both countries condemned Hezbollah.                   | ISR OPPOSE HEZBOLLAH;JOR OPPOSE HEZBOLLAH                   | verb+pronoun
            The Syrian army relies on Hezbollah for manpower.                                     | HEZBOLLAH SUPPORT SYR_GOV                                   | verb
            The rebels pushed back regime forces near Hama.                                       | OPPOSITION OPPOSE SYR_GOV                                   | verb
            Iran complained that Russia had repeatedly failed to consult Tehran.                  | IRN OPPOSE RUS                                              | accusation
            Jordan questioned the regime’s commitment to the border deal.                         | JOR OPPOSE SYR_GOV                                          | verb
            In 2016, Turkey launched Operation Euphrates Shield against the Islamic State.        | TUR OPPOSE ISIS                                             | verb
            The rebel factions lost ground to HTS despite the support they received from Turkey.  | HTS OPPOSE OPPOSITION;TUR SUPPORT OPPOSITION               | noun/verb
            Turkey and its rebel allies attacked the Islamic State near al-Bab.                   | OPPOSITION OPPOSE ISIS;TUR OPPOSE ISIS;TUR SUPPORT OPPOSITION| verb/relational
            The regime refused to implement the Sochi memorandum.                                 | SYR_GOV OPPOSE SOCHI_2018                                   | verb
            Turkey failed to honour the Moscow Protocol.                                          | TUR OPPOSE MOSCOW_2020                                      | verb
            France condemned Iran’s militias, while continuing to arm the Syrian Democratic Forces.| FRA OPPOSE IRN;FRA SUPPORT SDF                              | verb
            Jordan has quietly restored ties with Ankara.                                         | JOR SUPPORT TUR                                             | verb
            Ankara drove up the price for Russia in Idlib.                                        | TUR OPPOSE RUS                                              | noun
            The aid Iran gives Hezbollah is vital.                                                | IRN SUPPORT HEZBOLLAH                                       | noun
            Iran has tried to appease Turkey over the border.                                     | IRN SUPPORT TUR                                             | verb
            Turkey knows that the assistance it provides the rebels is not enough.                | TUR SUPPORT OPPOSITION                                      | noun
            Moscow backed the Syrian government by providing air power.                           | RUS SUPPORT SYR_GOV                                         | verb
            Iran backed the Syrian government by providing air support to Hezbollah.              | IRN SUPPORT HEZBOLLAH;IRN SUPPORT SYR_GOV                   | verb/noun
            Iran and Hezbollah stood by Assad.                                                    | HEZBOLLAH SUPPORT ASSAD;IRN SUPPORT ASSAD                   | verb
            Hezbollah played a key role in the regime’s offensive on Qusayr.                      | HEZBOLLAH SUPPORT SYR_GOV                                   | noun
            Washington stepped up its efforts against ISIS in 2016.                               | USA OPPOSE ISIS                                             | noun
            Putin and Erdoğan reaffirmed their commitment to the Sochi memorandum.                | ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018         | noun
            Iran gave Hezbollah support, blocking efforts to isolate it.                            | IRN SUPPORT HEZBOLLAH                                       | noun
            Iran, Russia and – at first – Turkey met. The three states signed the Astana memorandum.| IRN SUPPORT ASTANA_2017;RUS SUPPORT ASTANA_2017;TUR SUPPORT ASTANA_2017| party+pronoun
            Russia, which has backed Assad since 2015, vetoed the draft.                          | RUS SUPPORT ASSAD                                           | verb
            Turkey supports the rebels but opposes the YPG.                                       | TUR OPPOSE YPG;TUR SUPPORT OPPOSITION                       | verb
            Russia is the regime’s main backer.                                                   | RUS SUPPORT SYR_GOV                                         | relational
            Ankara has been a strong supporter of the rebels.                                     | TUR SUPPORT OPPOSITION                                      | noun
            Moscow is a staunch critic of HTS.                                                    | RUS OPPOSE HTS                                              | noun
            Russia intervened on behalf of Assad.                                                 | RUS SUPPORT ASSAD                                           | noun
            Iran helped Assad survive.                                                            | IRN SUPPORT ASSAD                                           | verb
            Turkey expelled ISIS from Jarablus.                                                   | TUR OPPOSE ISIS                                             | verb
            Turkish troops came under fire from regime forces.                                    | SYR_GOV OPPOSE TUR                                          | under
            Russia provided air cover to regime forces.                                           | RUS SUPPORT SYR_GOV                                         | noun
            Iran’s backing of Hezbollah alarmed Riyadh.                                           | IRN SUPPORT HEZBOLLAH                                       | noun
            Turkey and the rebels it backs attacked the SDF.                                      | TUR OPPOSE SDF;TUR SUPPORT OPPOSITION                       | verb
            Russia stands firmly behind Assad.                                                    | RUS SUPPORT ASSAD                                           | verb
            Russia shelled the town, killing HTS fighters.                                        | RUS OPPOSE HTS                                              | verb
            Turkey continues to back the rebels.                                                  | TUR SUPPORT OPPOSITION                                      | verb
            Russia and Iran support the regime, while Turkey backs the rebels.                    | IRN SUPPORT SYR_GOV;RUS SUPPORT SYR_GOV;TUR SUPPORT OPPOSITION| verb
            According to Ankara, Russia violated the ceasefire deal.                              | RUS OPPOSE MOSCOW_2020                                      | verb
            Assad’s main foreign backers are Russia and Iran.                                     | IRN SUPPORT ASSAD;RUS SUPPORT ASSAD                         | relational
            Israel regards Iran as its main enemy.                                                | ISR OPPOSE IRN                                              | designation
            Russia lashed out against Turkey over the downing of its jet.                         | RUS OPPOSE TUR                                              | verb
            The regime and its allies Russia and Iran besieged the town.                          | IRN SUPPORT SYR_GOV;RUS SUPPORT SYR_GOV                     | relational
            Ankara views the YPG as a terrorist organisation.                                     | TUR OPPOSE YPG                                              | designation
            The regime, with the support of Russia, retook the town.                              | RUS SUPPORT SYR_GOV                                         | with
            With Iran’s backing, Hezbollah held Qusayr.                                           | IRN SUPPORT HEZBOLLAH                                       | with
            The YPG received support from Washington.                                             | USA SUPPORT YPG                                             | noun
            HTS drove the rebels out of the town.                                                 | HTS OPPOSE OPPOSITION                                       | verb
            Hezbollah fought for the regime in Qusayr.                                            | HEZBOLLAH SUPPORT SYR_GOV                                   | beneficiary
            The regime broke the Sochi agreement within weeks.                                    | SYR_GOV OPPOSE SOCHI_2018                                   | breach
            Russia broke the Sochi agreement with Turkey.                                         | RUS OPPOSE SOCHI_2018                                       | breach
            Russia pulled out of the Sochi agreement.                                             | RUS OPPOSE SOCHI_2018                                       | verb
            Turkey holds Russia responsible for the attack.                                       | TUR OPPOSE RUS                                              | verb
            Erdogan warned the regime that it would pay a price.                                  | ERDOGAN OPPOSE SYR_GOV                                      | verb
            Turkey and Qatar support the rebels.                                                  | TUR SUPPORT OPPOSITION                                      | verb
            HTS abided by the Sochi agreement.                                                    | HTS SUPPORT SOCHI_2018                                      | verb
            Damascus and its backers in Moscow rejected the plan.                                 | RUS SUPPORT SYR_GOV                                         | noun
            Turkey regards the YPG as a threat.                                                   | TUR OPPOSE YPG                                              | designation
            The regime’s forces killed dozens of rebels.                                          | SYR_GOV OPPOSE OPPOSITION                                   | verb
            The regime depends on Russian air power.                                              | RUS SUPPORT SYR_GOV                                         | verb
            Tehran has thrown its weight behind the regime.                                       | IRN SUPPORT SYR_GOV                                         | verb
            The Sochi agreement, which Turkey and Russia concluded in 2018, collapsed.            | RUS SUPPORT SOCHI_2018;TUR SUPPORT SOCHI_2018               | party
            Ankara sees the SDF as a threat to its security.                                      | TUR OPPOSE SDF                                              | designation
            The rebels that Turkey supports lost ground.                                          | TUR SUPPORT OPPOSITION                                      | verb
            The Sochi memorandum between Russia and the rebels, brokered by Erdogan, collapsed.   | ERDOGAN SUPPORT SOCHI_2018;OPPOSITION SUPPORT SOCHI_2018;RUS SUPPORT SOCHI_2018| party/passive
            Russia wants to prevent the United States from arming the rebels.                     | RUS OPPOSE USA                                              | verb
            Russia welcomed the Sochi agreement, then violated it within weeks.                   | RUS OPPOSE SOCHI_2018;RUS SUPPORT SOCHI_2018                | verb
            Russia blamed Turkey for the rebels’ attack on the regime.                            | OPPOSITION OPPOSE SYR_GOV;RUS OPPOSE TUR                    | verb/noun
            The United States remains suspicious of Turkey’s intentions.                          | USA OPPOSE TUR                                              | verb
            Washington is angry at Turkey’s conduct in Idlib.                                     | USA OPPOSE TUR                                              | verb
            Turkey has fought the PKK for years and now targets the YPG.                          | TUR OPPOSE PKK;TUR OPPOSE YPG                               | verb
            The rebels accepted the Sochi agreement brokered by Russia.                           | OPPOSITION SUPPORT SOCHI_2018;RUS SUPPORT SOCHI_2018        | party/passive
            The EU denounced the shelling of Idlib by the regime.                                 | EU OPPOSE SYR_GOV                                           | verb
            Hezbollah fighters, with the support of Iran, took the town.                          | IRN SUPPORT HEZBOLLAH                                       | with
            Iran came to the regime’s rescue in 2013.                                             | IRN SUPPORT SYR_GOV                                         | verb
            Ankara has long been at war with the PKK.                                             | TUR OPPOSE PKK                                              | noun
            The regime cracked down on the opposition.                                            | SYR_GOV OPPOSE OPPOSITION                                   | verb
            Moscow provided the regime with air defences.                                         | RUS SUPPORT SYR_GOV                                         | verb
            The agreement, signed by Russia and Turkey in September 2018, collapsed.              | RUS SUPPORT SOCHI_2018;TUR SUPPORT SOCHI_2018               | passive
            Germany urged Moscow to honour the Sochi memorandum.                                  | DEU SUPPORT SOCHI_2018                                      | appeal
            Ankara hosts the opposition in Istanbul and has vowed to fight the YPG.               | TUR OPPOSE YPG                                              | verb
            Riyadh signalled a thaw with Damascus.                                                | SAU SUPPORT SYR_GOV                                         | noun
            Turkey demanded that Russia halt its attacks on the rebels.                           | RUS OPPOSE OPPOSITION                                       | noun
            The regime’s advance, backed by Iran, stalled.                                        | IRN SUPPORT SYR_GOV                                         | passive
            Israel struck Iran and Hezbollah near the Golan.                                      | ISR OPPOSE HEZBOLLAH;ISR OPPOSE IRN                         | verb
            Russia deployed military police in Idlib under the Sochi agreement.                   | RUS SUPPORT SOCHI_2018                                      | party
            The rebels withdrew their heavy weapons in accordance with the Sochi memorandum.      | OPPOSITION SUPPORT SOCHI_2018                               | party
            Russia and Turkey declared a ceasefire in Idlib on 5 March 2020.                      | RUS SUPPORT MOSCOW_2020;TUR SUPPORT MOSCOW_2020             | party
            While professing support for the Sochi agreement, the regime shelled Idlib.           | SYR_GOV SUPPORT SOCHI_2018                                  | noun
            By arming the YPG, Washington angered Ankara.                                         | USA SUPPORT YPG                                             | verb
            While battling ISIS, the SDF depended on the United States.                           | SDF OPPOSE ISIS;USA SUPPORT SDF                             | verb
            The opposition lost Khan Sheikhoun to regime forces in 2019.                          | SYR_GOV OPPOSE OPPOSITION                                   | verb
            Government forces attacked the rebels in Daraa.                                       | SYR_GOV OPPOSE OPPOSITION                                   | verb
            The regime tore up the Moscow ceasefire within a week.                                | SYR_GOV OPPOSE MOSCOW_2020                                  | breach
            The regime launched an offensive against towns held by the rebels.                    | SYR_GOV OPPOSE OPPOSITION                                   | noun
            Turkey bombed villages controlled by the YPG.                                         | TUR OPPOSE YPG                                              | verb
            Russia’s acceptance of the Sochi agreement surprised observers.                       | RUS SUPPORT SOCHI_2018                                      | noun
            Erdogan criticised US Special Representative James Jeffrey.                           | ERDOGAN OPPOSE JEFFREY                                      | verb
            The guarantors of the Astana process – Russia, Turkey and Iran – met again.           | IRN SUPPORT ASTANA_PROCESS;RUS SUPPORT ASTANA_PROCESS;TUR SUPPORT ASTANA_PROCESS| party
            None of the parties to the Sochi memorandum — Turkey, Russia, or the regime — has commented.| RUS SUPPORT SOCHI_2018;SYR_GOV SUPPORT SOCHI_2018;TUR SUPPORT SOCHI_2018| party
            Turkey has armed the rebels since 2012.                                               | TUR SUPPORT OPPOSITION                                      | verb
            Russia equipped the regime with air defences.                                         | RUS SUPPORT SYR_GOV                                         | verb
            The Kremlin mocked Washington over its Syria policy.                                  | RUS OPPOSE USA                                              | verb
            HTS detained Hurras al-Din commanders in Idlib.                                       | HTS OPPOSE HURRAS                                           | verb
            Russia’s opposition to the Sochi agreement hardened.                                  | RUS OPPOSE SOCHI_2018                                       | noun
            Turkey voiced its hostility towards the YPG.                                          | TUR OPPOSE YPG                                              | noun
            Ankara’s training of Syrian rebels began in 2015.                                     | TUR SUPPORT OPPOSITION                                      | noun
            Russia is supportive of the regime.                                                   | RUS SUPPORT SYR_GOV                                         | verb
            Ankara is at odds with Washington over the SDF.                                       | TUR OPPOSE USA                                              | noun
            Moscow and Tehran, the regime’s main allies, blocked the resolution.                  | IRN SUPPORT SYR_GOV;RUS SUPPORT SYR_GOV                     | relational
            The United States accused Russia and the regime of war crimes.                        | USA OPPOSE RUS;USA OPPOSE SYR_GOV                           | verb
            Iran, along with Hezbollah, has propped up Assad.                                     | HEZBOLLAH SUPPORT ASSAD;IRN SUPPORT ASSAD                   | verb
            Russia, together with the regime and Iran, attacked the rebels.                       | IRN OPPOSE OPPOSITION;RUS OPPOSE OPPOSITION;SYR_GOV OPPOSE OPPOSITION| verb
            Erdogan hit out at Moscow over the offensive.                                         | ERDOGAN OPPOSE RUS                                          | verb
            Washington is angry at Ankara.                                                        | USA OPPOSE TUR                                              | verb
            Turkey upheld the Sochi agreement.                                                    | TUR SUPPORT SOCHI_2018                                      | verb
            Russia renounced the Sochi agreement.                                                 | RUS OPPOSE SOCHI_2018                                       | breach
            Ankara enforced the Sochi memorandum in Idlib.                                        | TUR SUPPORT SOCHI_2018                                      | party
            With military support from Iran, the regime held Aleppo.                              | IRN SUPPORT SYR_GOV                                         | with
            Through its support for the SDF, Washington gained a foothold.                        | USA SUPPORT SDF                                             | noun
            Hezbollah was designated a terrorist organisation by the European Union.              | EU OPPOSE HEZBOLLAH                                         | passive
            The campaign launched by Russia against HTS lasted months.                            | RUS OPPOSE HTS                                              | noun
            Turkey and Russia agreed to a truce.                                                  | RUS SUPPORT MOSCOW_2020;TUR SUPPORT MOSCOW_2020             | party
            Damascus expressed its gratitude to Tehran.                                           | SYR_GOV SUPPORT IRN                                         | noun
            Russian jets flew air cover for Hezbollah.                                            | RUS SUPPORT HEZBOLLAH                                       | noun
            The SDF ran joint checkpoints with the United States.                                 | SDF SUPPORT USA                                             | verb
            Iran and Hezbollah cooperate closely.                                                 | IRN SUPPORT HEZBOLLAH                                       | reciprocal
            Turkey and the SDF clashed near Manbij.                                               | TUR OPPOSE SDF                                              | reciprocal
            Erdogan has sought the ouster of Assad.                                               | ERDOGAN OPPOSE ASSAD                                        | noun
            Washington called for Assad’s removal.                                                | USA OPPOSE ASSAD                                            | noun
            Ankara drew sharp criticism from Paris and Berlin.                                    | DEU OPPOSE TUR;FRA OPPOSE TUR                               | noun
            The SDF has long enjoyed the backing of Washington.                                   | USA SUPPORT SDF                                             | noun
            Hezbollah gained crucial support from Tehran.                                         | IRN SUPPORT HEZBOLLAH                                       | noun
            The regime won Moscow’s support for the offensive.                                    | RUS SUPPORT SYR_GOV                                         | noun
            After losing ground and facing criticism from Washington, Ankara changed course.      | USA OPPOSE TUR                                              | noun
            Russia and Turkey deepened their cooperation in Syria.                                | RUS SUPPORT TUR                                             | reciprocal
            Moscow accused Ankara of violating the Sochi memorandum.                              | RUS OPPOSE TUR                                              | verb
            Assad, who with the help of Russia and Iran recaptured Aleppo in 2016, now controls most of the country.| IRN SUPPORT ASSAD;RUS SUPPORT ASSAD                         | with
            The talks brought Moscow face to face with Ankara, the main backer of the rebels.     | TUR SUPPORT OPPOSITION                                      | noun
            Washington stood by its NATO ally Turkey.                                             | USA SUPPORT TUR                                             | verb
            The Sochi memorandum, which took effect in October 2018, was announced by Putin and Erdogan.| ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018         | passive
            The memorandum on Idlib was signed in Sochi on 17 September 2018 by Putin and Erdogan.| ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018         | passive
            Erdogan threatened to drive the YPG out of Manbij.                                    | ERDOGAN OPPOSE YPG                                          | verb
            Turkey and Saudi Arabia funded and armed the rebels.                                  | SAU SUPPORT OPPOSITION;TUR SUPPORT OPPOSITION               | verb
            HTS, which Washington lists as a terrorist organisation, controls much of Idlib.      | USA OPPOSE HTS                                              | designation
            France voted for resolution 2254.                                                     | FRA SUPPORT UNSCR_2254                                      | verb
            The Security Council adopted resolution 2254 in December 2015.                        | UNSC SUPPORT UNSCR_2254                                     | party
            Russia and Iran alike backed Assad.                                                   | IRN SUPPORT ASSAD;RUS SUPPORT ASSAD                         | verb
            The EU called on Ankara to honour the Sochi agreement.                                | EU SUPPORT SOCHI_2018                                       | appeal
            At the Security Council, Russia has cast vetoes, shielding the regime.                | RUS SUPPORT SYR_GOV                                         | verb
            Paris condemned the offensive, and Washington criticised Moscow.                      | USA OPPOSE RUS                                              | verb
            Facing criticism from Washington, Ankara changed course.                              | USA OPPOSE TUR                                              | noun
            HTS, which Turkey itself designated a terrorist organisation, controls Idlib.         | TUR OPPOSE HTS                                              | verb
            The SDF appealed to Washington, which leads the coalition against ISIS.               | USA OPPOSE ISIS                                             | noun
            Tehran condemned Washington’s sanctions and reiterated its support for Assad.         | IRN OPPOSE USA;IRN SUPPORT ASSAD                            | verb/noun
            Turkey is allied with the Syrian National Army.                                       | TUR SUPPORT SNA                                             | verb
            Turkey committed itself to the Sochi memorandum.                                      | TUR SUPPORT SOCHI_2018                                      | verb
            Turkish President Tayyip Erdogan and his Russian counterpart Vladimir Putin announced the Sochi agreement.| ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018         | party
            Iran, which along with Russia and Turkey is a guarantor of the Astana process, welcomed the Sochi agreement.| IRN SUPPORT ASTANA_PROCESS;IRN SUPPORT SOCHI_2018;RUS SUPPORT ASTANA_PROCESS;TUR SUPPORT ASTANA_PROCESS| noun/verb
            Russia and Turkey agree ceasefire in Idlib, March 2020                                | RUS SUPPORT MOSCOW_2020;TUR SUPPORT MOSCOW_2020             | party
            HTS never complied with the Sochi agreement.                                          | HTS OPPOSE SOCHI_2018                                       | breach
            The regime has not implemented the Sochi agreement.                                   | SYR_GOV OPPOSE SOCHI_2018                                   | breach
            The EU condemned attacks on civilians by the Syrian government.                       | EU OPPOSE SYR_GOV                                           | verb
            The rebel groups were armed earlier by Saudi Arabia and Turkey.                       | SAU SUPPORT OPPOSITION;TUR SUPPORT OPPOSITION               | passive
            Russia struck a training camp of the National Liberation Front.                       | RUS OPPOSE NLF                                              | verb
            The Sochi memorandum that Presidents Erdoğan and Putin signed in 2018 averted an offensive.| ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018         | party
            NATO’s chief called on Russia and the regime to stop their bombardment of Idlib.     | NATO OPPOSE RUS;NATO OPPOSE SYR_GOV                          | appeal
            The EU urged Turkey to end its military operation in the north-east.                  | EU OPPOSE TUR                                               | appeal
            Tehran called for an immediate halt to Turkey’s offensive.                            | IRN OPPOSE TUR                                              | appeal
            The EU demanded an end to attacks by the regime on hospitals.                         | EU OPPOSE SYR_GOV                                           | appeal
            Under the Astana memorandum, Iran undertook to monitor the zones, while Turkey pledged to police them.| IRN SUPPORT ASTANA_2017;TUR SUPPORT ASTANA_2017 | party
            Ankara cited the Adana agreement, under which Damascus undertook to deny the PKK any base.| SYR_GOV SUPPORT ADANA_1998                              | party
            Neither Tehran nor Damascus ever complied with the Astana memorandum.                 | IRN OPPOSE ASTANA_2017;SYR_GOV OPPOSE ASTANA_2017           | breach
            The memorandum of understanding that Presidents Putin and Erdoğan signed in 2018 held for a year.| ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018 | party
            Fighting stopped when President Putin of Russia and President Erdoğan of Turkey agreed to the Moscow ceasefire.| ERDOGAN SUPPORT MOSCOW_2020;PUTIN SUPPORT MOSCOW_2020 | party
            The National Liberation Front, assembled by Turkey in 2018, held the front.          | TUR SUPPORT NLF                                             | passive
            The SDF, protected by some 900 US troops, governs the north-east.                     | USA SUPPORT SDF                                             | passive
            Israel has struck Iranian forces and Hezbollah positions.                             | ISR OPPOSE HEZBOLLAH;ISR OPPOSE IRN                         | verb
            Iran said it would back the regime.                                                   | IRN SUPPORT SYR_GOV                                         | verb
            The US envoy said the United States would keep working with Turkey and with the UN.   | USA SUPPORT TUR;USA SUPPORT UN                              | verb
            Ankara and Damascus say they remain bound by the Adana agreement.                     | SYR_GOV SUPPORT ADANA_1998;TUR SUPPORT ADANA_1998           | party
            Ankara and Damascus met, although each accuses the other of bad faith.                | SYR_GOV OPPOSE TUR;TUR OPPOSE SYR_GOV                       | reciprocal
            Idlib lies in one of the zones set up under a 2017 deal brokered by Russia, Turkey and Iran.| IRN SUPPORT ASTANA_2017;RUS SUPPORT ASTANA_2017;TUR SUPPORT ASTANA_2017| passive
            HTS remains listed by the UN Security Council under its sanctions regime.             | UNSC OPPOSE HTS                                             | designation
            HTS remains listed by the UN Security Council under the sanctions regime against al-Qaeda, was designated a terrorist group by the United States and is treated by Russia as a terrorist group.| RUS OPPOSE HTS;UNSC OPPOSE AQ;UNSC OPPOSE HTS;USA OPPOSE HTS| designation/noun/passive
            The United States designated HTS as a terrorist organisation in 2018, and Turkey followed suit.| TUR OPPOSE HTS;USA OPPOSE HTS                    | verb
            Russia pledged to back a settlement through the U.N.-led process.                     | RUS SUPPORT GENEVA_PROCESS                                  | verb
            The SDF described Washington’s decision as a betrayal.                                | SDF OPPOSE USA                                              | designation
            Russia regards Turkey’s troops as occupiers.                                          | RUS OPPOSE TUR                                              | designation
            Iranian officials, like their Russian counterparts, invoked the Adana agreement as the proper framework.| IRN SUPPORT ADANA_1998                  | party
            The United Kingdom and France said the regime’s failure to declare its stockpile was a breach of resolution 2118.| FRA OPPOSE SYR_GOV;GBR OPPOSE SYR_GOV;SYR_GOV OPPOSE UNSCR_2118| accusation/noun
            The United States ended its support for the rebels in 2017.                           | USA OPPOSE OPPOSITION                                       | reduced
            Washington cut off aid to the rebels.                                                 | USA OPPOSE OPPOSITION                                       | reduced
            Germany and France suspended arms sales to Ankara.                                    | DEU OPPOSE TUR;FRA OPPOSE TUR                               | reduced
            France froze its military cooperation with Turkey.                                    | FRA OPPOSE TUR                                              | reduced
            Israel says it will not tolerate Iranian forces or Hezbollah fighters near the border. | ISR OPPOSE HEZBOLLAH;ISR OPPOSE IRN                         | refusal
            Turkey does not recognise the Salvation Government.                                   | TUR OPPOSE SSG                                              | refusal
            Ankara said it would never accept the Moscow protocol.                                | TUR OPPOSE MOSCOW_2020                                              | refusal
            Turkish President Recep Tayyip Erdoğan and Russian President Vladimir Putin signed the Moscow protocol. | ERDOGAN SUPPORT MOSCOW_2020;PUTIN SUPPORT MOSCOW_2020       | party
            Under the memorandum of 22 October 2019, concluded by Putin and Erdoğan, the YPG was to withdraw. | ERDOGAN SUPPORT SOCHI_2019;PUTIN SUPPORT SOCHI_2019         | passive
            Russian jets regularly strike HTS and in 2020 killed dozens of rebels.                | RUS OPPOSE HTS;RUS OPPOSE OPPOSITION                        | verb
            Russia kept up air strikes on HTS and the NLF in the south.                           | RUS OPPOSE HTS;RUS OPPOSE NLF                               | noun
            Jolani has disavowed al-Qaeda.                                                        | JOLANI OPPOSE AQ                                            | verb
            Damascus demands the withdrawal of Turkish forces and US troops.                      | SYR_GOV OPPOSE TUR;SYR_GOV OPPOSE USA                       | appeal
            Turkish jets struck the SDF.                                                          | TUR OPPOSE SDF                                              | verb
            NATO expressed solidarity with Ankara, and the Trump administration, while condemning Russia, offered little. | NATO SUPPORT TUR;USA OPPOSE RUS                             | noun/verb
            Turkey decided to stop enforcing the 2016 migration deal.                             | TUR OPPOSE EU_TURKEY_2016                                   | reduced
            President Bashar al-Assad called Erdoğan a “thief”.                                   | ASSAD OPPOSE ERDOGAN                                        | designation
            Hezbollah, the Lebanese group backed by Iran, attacked the rebels.                    | HEZBOLLAH OPPOSE OPPOSITION;IRN SUPPORT HEZBOLLAH           | passive/verb
            Under the Astana memorandum, Russia and Turkey will act as guarantors.                 | RUS SUPPORT ASTANA_2017;TUR SUPPORT ASTANA_2017             | party
            Germany restricted arms exports to Turkey.                                            | DEU OPPOSE TUR                                              | reduced
            The Syrian National Coalition welcomed the strikes by Washington.                     | SNC SUPPORT USA                                             | verb
            Israel held the regime and Iran fully responsible.                                    | ISR OPPOSE IRN;ISR OPPOSE SYR_GOV                           | verb
            The State Department said Russia and the regime bore responsibility for the catastrophe. | USA OPPOSE RUS;USA OPPOSE SYR_GOV                           | accusation
            Turkish officials said on Tuesday that Damascus had violated the Sochi deal.          | SYR_GOV OPPOSE SOCHI_2018;TUR OPPOSE SYR_GOV                | accusation/verb
            Moscow’s veto was condemned by the United States.                                     | USA OPPOSE RUS                                              | passive
            Ankara reserved the right to respond to any attack by Syrian government forces.       | TUR OPPOSE SYR_GOV                                          | threat
            The rebels said they would retaliate against any advance by the regime or Iran.       | OPPOSITION OPPOSE IRN;OPPOSITION OPPOSE SYR_GOV             | threat
            The opposition demanded that regime forces withdraw to the old lines.                 | OPPOSITION OPPOSE SYR_GOV                                   | appeal
            The EU called on Russia and Iran to withdraw their forces.                            | EU OPPOSE IRN;EU OPPOSE RUS                                 | appeal
            The Syrian National Army, a coalition that Ankara trains, launched an offensive against the SDF. | SNA OPPOSE SDF;TUR SUPPORT SNA                              | noun/verb
            Nine Hezbollah members were killed when Turkey struck their positions.                | TUR OPPOSE HEZBOLLAH                                        | verb
            HTS, which Washington, Ankara and the UN list as a terrorist organisation, has crushed Hurras al-Din. | HTS OPPOSE HURRAS;TUR OPPOSE HTS;UN OPPOSE HTS;USA OPPOSE HTS | designation/verb
            Moscow was hitting HTS, which is on the list as an alias of al-Qaeda and was designated as terrorist by Turkey. | TUR OPPOSE HTS                                              | passive
            Russia vetoed a draft put forward by the United States.                               | RUS OPPOSE USA                                              | verb
            Russia, Turkey and Iran met for a twentieth round of the Astana process in June.      | IRN SUPPORT ASTANA_PROCESS;RUS SUPPORT ASTANA_PROCESS;TUR SUPPORT ASTANA_PROCESS | party
            At a summit of the Astana process in Tehran, Erdoğan pleaded for calm, whereas Putin said little. | ERDOGAN SUPPORT ASTANA_PROCESS;PUTIN SUPPORT ASTANA_PROCESS | party
            The regime kept shelling villages in defiance of the Moscow protocol.                 | SYR_GOV OPPOSE MOSCOW_2020                                  | noun
            Putin and Erdoğan met in Sochi. Ten days later the two men signed the Sochi memorandum. | ERDOGAN SUPPORT SOCHI_2018;PUTIN SUPPORT SOCHI_2018         | party+pronoun
            Ankara’s offensive was fought by the Turkish-backed Syrian National Army.             | TUR SUPPORT SNA                                             | compound
            Iranian military advisers are fighting alongside regime forces in Daraa.              | IRN SUPPORT SYR_GOV                                         | noun
            Turkey launched an offensive on October 9, 2019, against the SDF.                     | TUR OPPOSE SDF                                              | noun
            The UN Security Council added the Nusra Front to its sanctions list in 2013.          | UNSC OPPOSE HTS                                             | designation
            Syria’s envoy, Bassam Sabbagh, told the Council that his Government had cooperated with the United Nations.| SYR_GOV SUPPORT UN             | verb
            The UN Security Council met, and France’s envoy reaffirmed France’s support for resolution 2254.| FRA SUPPORT UNSCR_2254                     | noun
            The town fell to rebels backed by Turkey within a week.                               | TUR SUPPORT OPPOSITION                                      | passive
            Israel bombed weapons depots run by Iranian forces near Damascus.                     | ISR OPPOSE IRN                                              | verb
            Turkey kept up drone strikes on commanders of the SDF.                                | TUR OPPOSE SDF                                              | noun
            Damascus and Ankara are building on the Adana agreement.                              | SYR_GOV SUPPORT ADANA_1998;TUR SUPPORT ADANA_1998           | party
            The Syrian National Coalition insisted on resolution 2254.                            | SNC SUPPORT UNSCR_2254                                      | party
            Iranian advisers are embedded with Syrian army units.                                 | IRN SUPPORT SYR_GOV                                         | verb
            Washington sided, at least rhetorically, with Ankara.                                 | USA SUPPORT TUR                                             | verb
            The SNA fought with Turkey against the SDF.                                           | SNA OPPOSE SDF;SNA SUPPORT TUR;TUR OPPOSE SDF               | joint
            Iranian militias fought alongside regime forces against the rebels in Aleppo.         | IRN OPPOSE OPPOSITION;IRN SUPPORT SYR_GOV;SYR_GOV OPPOSE OPPOSITION | joint/noun
            Trump lifted the sanctions on Turkey in October.                                      | TRUMP SUPPORT TUR                                           | eased
            The regime has drawn closer to Moscow and Tehran.                                     | SYR_GOV SUPPORT IRN;SYR_GOV SUPPORT RUS                     | verb
            The SDF says it complies with the Sochi memorandum; Turkey accuses it of cheating.    | SDF SUPPORT SOCHI_2018;TUR OPPOSE SDF                       | verb+pronoun/verb
            Under the Astana memorandum, Turkey manned twelve observation posts.                  | TUR SUPPORT ASTANA_2017                                     | party
            Under the Sochi agreement, Turkey undertook to separate the rebels, but Moscow accused Ankara of failing. | RUS OPPOSE TUR;TUR SUPPORT SOCHI_2018 | party/verb
            Erdoğan flew to Moscow. After six hours of talks, he and Putin signed the Moscow protocol. | ERDOGAN SUPPORT MOSCOW_2020;PUTIN SUPPORT MOSCOW_2020   | party+pronoun/party
            In August Turkish troops crossed into Syria in Operation Euphrates Shield against the Islamic State. | TUR OPPOSE ISIS                          | noun
            The UN called the Astana memorandum “a positive step” towards peace.                  | UN SUPPORT ASTANA_2017                                      | evaluation
            Putin said the Sochi memorandum was a good basis for calm.                            | PUTIN SUPPORT SOCHI_2018                                    | evaluation
            Damascus described the Adana agreement as worthless.                                  | SYR_GOV OPPOSE ADANA_1998                                   | evaluation
            Washington, which denies it, is accused of wanting American support for the SDF to last. | USA SUPPORT SDF                                             | noun
            """;

    private static final String NO_STANCE = """
            The price to Moscow of a new offensive could be high.                                 | a cost without raising it is no act
            The United States listed HTS among the groups it monitors.                            | a designation verb without 'terrorist' is no stance
            Iran’s militia network has the capacity to retaliate against the United States.      | a capacity is no act
            Russia and Turkey struck a deal in Sochi.                                             | "struck a deal" is no strike
            The talks between Russia and Turkey resumed.                                          | talks between two parties assert no position
            Russia did not strengthen its alliance with the regime.                               | a negation before the possessive's verb holds
            Ankara concluded that HTS is too strong to eradicate.                                 | "too ... to" is no act
            The decision to punish the regime was new.                                            | the decision's owner is not named
            Turkey warned that the regime would attack the rebels.                                | a modal's act is no act
            Jolani may have pushed for a break with al-Qaeda and attacked Hurras al-Din.          | a modal governs its whole clause
            Russia expects Turkey to contain, police and eventually eliminate HTS.                | what is asked of another is not done
            The UN listed entities affiliated with al-Qaeda.                                      | the participle describes the entities, not the UN
            “We fought the regime for years”, a Chatham House analyst said.                          | "we" of a speaker who is no actor is nobody
            Turkey captured Afrin in March.                                                       | a place taken is no target
            Hezbollah has fought on the regime’s side since 2013.                                 | fighting on someone's side is no fight against them
            Russia refused to back down over Idlib.                                               | backing down is no backing
            The offensive depends on Russia’s willingness to provide air cover.                   | a disposition is no act
            Ankara backed HTS’s rivals.                                                           | whose rivals they are names no target
            Russia, the United States and their regional partners will have to act.               | partners of a coordination name no pair
            Russia offered its backing to the regime’s offensive.                                 | the offensive is the regime's own, not what was offered
            Russia did not suspend its support for the regime.                                    | a negated reduction reduces nothing
            Russia suspended the gas agreement with Turkey.                                       | the partner of an agreement suspended is not opposed
            """;

    /** Sentences with no stance at all. */
    private static final String NOTHING = """
            Turkey protected civilians from the regime.                                           | a direct object never follows a preposition
            Russia pushed for a ceasefire in Idlib.                                               | pushing for something is not pushing someone back
            Turkey failed to stop the attacks.                                                    | failing, unreported, accuses nobody
            Washington showed reluctance to arm the rebels.                                       | a reluctance is no act
            The rebels were strong enough to defeat HTS.                                          | "enough ... to" is no act
            Regime jets bombed a market in Idlib, according to the UN.                             | whom a report is according to is no target
            Iran’s role in the talks was limited.                                                 | a role in what is no fighting is no support
            Russia held talks with Turkey and said it was responsible for security.               | holding talks holds nobody responsible
            Ankara refrained from backing the rebels.                                             | an act refrained from is not done
            Moscow kept Turkey from attacking the regime.                                         | an act kept from happening is not done
            Turkish officials, furious at American support for the YPG, left the talks.           | a demonym is no mention: the support is not the officials'
            A Turkish diplomat in Ankara took calls from rebel commanders.                        | calls taken are no place taken
            Ankara called the Moscow protocol “not ideal”.                                        | a judgement denied asserts nothing
            Erdoğan said Turkey would answer any aggression.                                      | "would" opens an act, not a judgement of Turkey
            Turkey denies that it supports HTS.                                                   | a denied act is not asserted
            Russia wants Turkey to abandon the rebels.                                            | what is wanted of another is not done
            Iran’s proxies, which Russia tolerates, fought the rebels.                            | an actor inside a relative clause is not the subject after it
            Turkey fears that Russia will back the regime.                                        | a feared act is not asserted
            Some officials who remain suspicious of Turkey met Russian diplomats.                 | a noun before 'who' that is no actor is the clause's subject
            Russia was absent from the talks. Qatar voiced its support for the opposition.        | "its" is the name's that the catalogue does not know
            The United States urged Turkey to abandon the Sochi agreement.                        | an act asked of another is not done, and only support is asked for
            Washington requested that the SDF fight HTS.                                          | what a request asks for is not done
            Turkey condemned the attacks on its troops.                                           | the attacks a verb judges are not its subject's
            Armed men from the regime attacked the rebels.                                        | "armed" before a noun is the adjective, and the men are no actor
            Turkey feared the defeat of the rebels.                                               | a feared act is not its subject's
            Erdogan’s adviser criticised Washington.                                              | what a person's aide does is not that person's act
            The regime froze its assets in 2012.                                                  | freezing is a breach only of an agreement
            The United States and Russia brokered a ceasefire in southern Syria in July 2017.     | a ceasefire concluded when no agreement of the catalogue was is none of them
            Turkey and Russia are interested in cooperating.                                      | a gerund after a preposition asserts no mutual relation
            Russia and Turkey did not cooperate.                                                  | a negated mutual relation is none
            Ankara asked Washington for military support against Russia.                          | support asked for is not given
            Turkey sought the support of NATO against Russia.                                     | support sought is not given
            The strikes drew condemnation from France and Germany.                                | the holders of a coordination are not each other's targets, and the strikes name no actor
            Ankara chose diplomacy rather than attacking the SDF.                                 | an act named as the one not chosen is not done
            Damascus made no comment on the Astana agreement.                                     | a party cue with a negation after it
            Russia accepted a truce with HTS.                                                     | an agreement the catalogue does not know is the object: its party is no target
            Dozens of Hezbollah fighters were killed near Saraqeb.                                | a passive without its agent names no holder
            The rebels refused to leave a buffer zone created under the Sochi memorandum.         | who acts under an agreement is a participle's agent, unnamed
            The deal was welcomed in Brussels.                                                    | a passive without its agent, and a place
            The memorandum committed Ankara to establish a demilitarised zone.                    | committing another to an act is no support of it
            Tehran has been cooler than Moscow towards any rapprochement with Ankara.             | the compared is no holder, and 'any' asserts no act
            In some respects Iran’s role has been larger than Russia’s.                           | a verb form after a quantifier is a noun, and the compared is no object
            Turkey would not comply with the Sochi agreement.                                     | a refusal only announced under a modal is no breach yet
            The UN called on Russia and Turkey to stop the exchange of prisoners.                 | an act asked to stop that is no attack
            Neither Russia nor Turkey attacked the town.                                          | a negated coordination asserts no act
            Turkey said Russia would attack the rebels.                                           | what a speaker says another would do is no one's act yet
            Iran said it would back the regime if the talks failed.                               | a stated intention under a condition is only its consequence
            Washington brokered a pause and Moscow, in a new memorandum, agreed to oversee the withdrawal.| a new clause's subject is no object of the verb before
            The Sochi agreement was meant to shore up the Astana memorandum.                      | an agreement as subject holds no stance
            The SDF holds some 60,000 people with alleged links to ISIS.                          | a noun cue that describes a common noun is no actor's
            Turkey invoked the Adana agreement in a speech.                                       | invoking an agreement as no basis of anything is no position
            Russia called for an end to the war.                                                  | an end asked to no one's attack opposes no one
            The regime has not accepted the Astana memorandum.                                    | an acceptance not yet given is no rejection
            Turkey should not tolerate HTS in Idlib.                                              | what someone should not do is a recommendation
            Russia announced the withdrawal of its forces.                                        | a state's own withdrawal, asked for by no one, opposes no one
            Russia vetoed a one-year renewal, a move the EU deplored.                             | the object of a veto that is no actor is not the actor in its apposition
            Riyadh saw engagement as the only means of curbing Iran’s influence.                  | a means of an act is no act
            Haley accused the regime of violating resolution 2118 and accused Russia of lying.    | the shared subject of two accusations is no actor, not the first one's object
            Turkey responded to the attack by the regime.                                         | a response to an attack that happened is no threat, and no stance of its own
            The kingdom, which had armed rebel factions, restored diplomatic relations with Damascus. | the relation restored is its subject's, who is no actor, not the object in its clause's
            In July Russian diplomats vetoed in the Security Council an extension of aid.         | where a veto is cast is not what it blocks
            NATO has given Ankara little cover in Syria.                                          | little support given is none
            The Turkish-backed Syrian National Army shelled the town.                             | a modifier is no mention, and no other mention of Turkey can hold the stance
            Russia added Turkey to the list of its partners.                                      | a list that is no sanctions or terrorist list designates nobody
            Russia views Turkey’s presence as legitimate.                                         | a designation needs one of its words
            """;

    @Test
    void eachFrameYieldsItsStancesAndNamesItselfInTheOrigin() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String line : FRAMES.strip().split("\n")) {
            String[] f = line.split("\\|");
            String sentence = f[0].strip();
            String frame = f[2].strip();
            Tagged t = Tagged.text(sentence);
            List<String> got = t.stanceTriples().stream().sorted().toList();
            if (!got.equals(List.of(f[1].strip().split(";")))) {
                wrong.add(sentence + " -> " + got + ", expected " + f[1].strip());
            }
            for (Stance s : t.stances()) {
                if (List.of(frame.split("/")).stream().noneMatch(fr -> s.getOrigin().startsWith("parley.pipeline.StanceTagger/" + fr + "/"))) {
                    wrong.add(sentence + ": origin " + s.getOrigin() + ", expected frame " + frame);
                }
                if (s.getConfidence() <= 0 || s.getConfidence() >= 1) {
                    wrong.add(sentence + ": confidence " + s.getConfidence());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noStanceWhereTheCueHasNoActorForItsArgument() throws Exception {
        for (String line : NOTHING.strip().split("\n")) {
            String[] f = line.split("\\|");
            assertEquals(List.of(), Tagged.text(f[0].strip()).stanceTriples(), f[1].strip());
        }
    }

    @Test
    void noOpposingStanceWhereNothingIsDoneOrDeemed() throws Exception {
        for (String line : NO_STANCE.strip().split("\n")) {
            String[] f = line.split("\\|");
            List<String> made = Tagged.text(f[0].strip()).stanceTriples();
            assertEquals(List.of(), made.stream().filter(s -> s.contains("OPPOSE") || f[0].contains("alliance") || f[0].contains("affiliated")).toList(),
                    f[1].strip());
        }
    }
}
