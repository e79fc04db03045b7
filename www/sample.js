// The article preloaded on the page. An invented episode, written for Entente in our own words.
export const SAMPLE = `MANILA — The Philippines won fresh pledges of support from the United States and Japan on Tuesday, a day after Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas Shoal, the latest clash in a maritime dispute that has unsettled much of Southeast Asia.

Philippine President Ferdinand Marcos Jr. condemned the attack as reckless and said Manila had summoned the Chinese ambassador to protest. Three sailors were treated for minor injuries, the Philippine navy said.

China rejected the criticism. Chinese Foreign Minister Wang Yi accused the Philippines of provoking the confrontation and warned that Beijing would take firm measures to defend what it calls its territorial waters.

Washington quickly backed its treaty ally. Secretary of State Marco Rubio said the United States stands with the Philippines and urged China to stop its dangerous manoeuvres. Tokyo sided with Manila as well: Japan pledged five more patrol vessels to the Philippine coast guard and called on Beijing to respect the 2016 arbitral ruling.

Australia announced that its navy will join the Philippines and Japan for a joint naval exercise next month. Beijing denounced the plan as an attempt to build a new military bloc in Asia.

The Association of Southeast Asian Nations was more cautious. Malaysia, which chairs the group this year, urged all sides to show restraint and to return to talks on a code of conduct. Vietnam, which has its own claims in the sea, did not criticise China by name.

Russia offered Beijing diplomatic cover. Russian Foreign Minister Sergei Lavrov met Wang in Beijing on Wednesday, and the two men signed a joint statement opposing outside interference in regional disputes.

The European Union called for calm, while France said it would send a frigate to the region later this year. Analysts in Manila said the week showed how quickly a confrontation over a half-sunken ship can draw in powers far from the shoal.
`;
