// Fase 2 van de route van wie terugtrekt — de eerste verwachting. Een enthousiast bericht,
// een plan voor zaterdag, en voor het eerst de paniek: het malen, het woord, de tegenstrijdige
// stappen, en de nacht dat {partner_name} wegglipt en jij belt. Zie ../README.md.

=== w_morning ===
# phase: 2
# scene: home # partner: away
{w1_ride:
- "went": Drie weken later. Je hebt meer nachten bij {hem()} geslapen dan thuis, en vannacht lag je voor het eerst weer in je eigen bed. Je wordt wakker van je telefoon, nog voor de wekker.
- "kissed": Drie weken later. Sinds die brug app je {hem()} steeds net iets later terug dan je wilt, en telkens komt {hij()} een stapje dichterbij. Vanochtend word je wakker van je telefoon, nog voor de wekker.
- else: Drie weken en heel veel koffie later. Je wordt wakker van je telefoon, nog voor de wekker.
}
{partner_far():Eén bericht, laat verstuurd: ‘Slaap lekker. Of niet. Zaterdag?’|Vier berichten. Een foto van {zijn()} ontbijt. Een hartje. ‘Zaterdag wil ik je meenemen naar mijn zus, ze wil je zo graag zien.’ En: ‘Ik heb al een taart besteld 🙈’}
Je leest het één keer en legt de telefoon met het scherm naar beneden op het dekbed.
Er is niets aan de hand. Een zus, een taart, een zaterdag. En toch trekt er iets samen onder je ribben, zo snel dat je het eerst voor honger houdt. # body: breath
Je gaat op de rand van het bed zitten. Wil je dit? Wat is dit eigenlijk? Hou je van {hem()}, of van hoe het voelde op dat dak? Hoe weet je zoiets? Je hoofd maalt en komt nergens uit.
* [Stuur meteen iets liefs terug, dan is het weg #step: pursue]
    ~ step_pursue(1)
    ‘Wat lief. Ik heb er zin in,’ typ je, met een hartje erachter. Even voelt het goed. Dan zie je {hem()} typen, en typen, en je legt de telefoon in de keuken.
* [Laat het bericht liggen tot vanavond #step: withdraw]
    ~ step_withdraw(1)
    Je douchet, je fietst naar je werk, je doet of je het niet gezien hebt. De hele dag weegt het in je jaszak. Om zeven uur stuur je: ‘Druk! Zaterdag weet ik nog niet.’
* [Schrijf op wat je voelt voor je iets terugstuurt #step: ground]
    ~ step_ground(1)
    Op de achterkant van een envelop: blij. Benauwd. Waarom benauwd? Je weet het niet, maar het staat er nu, en je adem zakt een beetje. Dan stuur je: ‘Zaterdag vind ik snel. Kunnen we eerst koffie drinken, wij tweeën?’
- {you_chased():Binnen een minuut komt er terug: ‘Echt?? Ja!!’|{partner_far():Er komt niets terug. Een uur lang niets. Je kijkt vaker dan je wilt.|‘Oké,’ komt er terug. En dan: ‘Ik vind je echt leuk, weet je.’}}
-> w2_circles

= w2_circles
Later die dag, bij Bas, op de trap voor zijn deur. Hij pelt een mandarijn en geeft je de helft.
‘Je kijkt alsof je een huis hebt gekocht dat je nooit gezien hebt,’ zegt hij.
‘Er is niks. Het gaat goed.’
{w1_bas:‘Dat zei ik toch, in mijn keuken? Alles in een maand. We zitten in week drie.’|‘Dat zeg je altijd zo rond week drie.’}
{partner_close():Je telefoon zoemt in je zak. Je laat hem zoemen.|Je telefoon blijft stil in je zak. Je voelt er toch twee keer aan.}
* [Zeg dat {partner_name} geweldig is en dat Bas zich nergens mee moet bemoeien #step: pursue]
    ~ step_pursue(1)
    ‘{Hij()} is geweldig,’ zeg je, te hard. ‘Zaterdag ga ik naar {zijn()} zus.’ Bas knikt langzaam. ‘Mooi,’ zegt hij. ‘Echt.’ Je weet niet waarom dat ene woord je zo kwaad maakt.
* [Zeg dat het misschien allemaal een beetje snel gaat #step: withdraw]
    ~ step_withdraw(1)
    ‘Het gaat snel,’ zeg je. ‘Te snel misschien. Ik heb ook nog een leven.’ Bas zegt niets. Je hoort zelf hoe het klinkt: een deur die op een kier gaat, van binnenuit.
* [Vraag Bas wat hij in week drie altijd ziet #step: ground #locked: {walls_up()} #why: Je wilt het antwoord niet horen. Je handen frunniken al aan de schil.]
    ~ step_ground(1)
    ‘Wat zie je dan?’ vraag je. Bas kijkt naar de mandarijn. ‘Dat je iemand heel dicht bij je haalt, en dan schrikt van hoe dichtbij.’ Even is het stil. ‘Ik zeg het maar,’ zegt hij. Je zegt niet dat hij ongelijk heeft.
- -> w_the_word

=== w_the_word ===
# scene: bar
Het café op de hoek, vrijdagavond. {partner_name} heeft twee biertjes gehaald en zit met {zijn()} knieën tegen de jouwe.
{partner_close():{Hij()} praat over {zijn()} week, over {zijn()} zus, over een weekend aan zee in het voorjaar. In elke zin zit een ‘wij’.|{Hij()} is stiller dan anders en draait {zijn()} bierviltje steeds maar rond.}
Dan legt {hij()} het viltje neer. ‘Mag ik iets vragen? Wat is dit nou, tussen ons? Ik wil het gewoon weten.’
Je hart bonkt, maar niet van blijdschap. De muren van het café staan ineens dichterbij dan net. # body: heart
* [Zeg het woord: ‘Wij. Dit is een wij’ #step: pursue]
    ~ step_pursue(2)
    ~ w2_word = "word"
    ‘Wij,’ zeg je. ‘Dit is een wij.’ {partner_name} straalt, pakt je gezicht tussen twee handen en kust je midden in het café. Je lacht mee. Onder tafel wippen je benen.
* [Lach het weg: ‘We zien wel, hè? Het is toch leuk zo?’ #step: withdraw]
    ~ step_withdraw(2)
    ~ w2_word = "vague"
    ‘We zien wel,’ zeg je. ‘Het is toch leuk zo?’ {Hij()} knikt, te snel. ‘Ja. Tuurlijk.’ Het viltje gaat weer rond.
* [Zeg dat je het fijn vindt, en dat die vraag je bang maakt #step: ground #locked: {walls_up()} #why: De muren staan te dicht; er past geen eerlijke zin meer tussen.]
    ~ step_ground(1)
    ~ w2_word = "fear"
    ‘Ik vind het heel fijn met jou,’ zeg je. ‘En die vraag maakt me bang. Ik weet niet waarom.’ {partner_name} kijkt je lang aan. ‘Fijn dat je het zegt,’ zegt {hij()}. ‘Ik kan wachten. Een beetje.’
- -> w2_after_word

= w2_after_word
{
- w2_word == "word": Op weg naar huis houdt {hij()} de hele tijd je hand vast. Bij elk stoplicht knijpt {hij()} er even in. Bij het derde begin je te tellen hoeveel er nog komen.
- w2_word == "vague": Op weg naar huis loopt {hij()} een halve pas voor je uit. Dat bevalt je niet. Je haalt {hem()} in en slaat een arm om {zijn()} schouders, en {hij()} leunt meteen tegen je aan.
- else: Op weg naar huis zeggen jullie weinig. Het is een fijne stilte. Het benauwde is er nog, maar je hoeft het niet weg te praten.
}
{partner_close():Bij {zijn()} deur vraagt {hij()} of je blijft.|Bij {zijn()} deur wacht {hij()} af wat je doet.}
* [Blijf slapen, om het goed te maken #step: pursue]
    ~ step_pursue(1)
    Je blijft. Het is warm en lief en je meent het. Om vier uur lig je naar {zijn()} plafond te kijken en tel je hoe vaak {hij()} ademhaalt.
* [Zeg bij {zijn()} deur dat je morgen vroeg op moet #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik moet morgen vroeg op,’ zeg je. Het is niet waar. {Hij()} kust je op je wang. Op de fiets naar huis voel je je zo licht dat je hardop lacht, en daarna schaam je je.
* [Zeg dat je vannacht thuis wilt slapen, gewoon omdat je dat wilt #step: ground]
    ~ step_ground(1)
    ‘Ik slaap vannacht thuis,’ zeg je. ‘Niet omdat er iets is. Ik wil gewoon in mijn eigen bed slapen.’ {Hij()} slikt, en zegt dan: ‘Goed. Morgen?’ ‘Morgen,’ zeg je, en ook dat meen je.
- -> w_signals

=== w_signals ===
# scene: bar
Een week met twee gezichten. Zondag ontbijten jullie tot drie uur en zeg je dat je nog nooit zo gelachen hebt. Maandag stuur je ‘Ben moe, spreek je later’ en zet je je telefoon op stil.
{pattern_so_far():
- "withdraw": Woensdag belt {partner_name} niet meer. Je merkt het pas donderdag, en dan is het geen opluchting.
- "pursue": Woensdag belt {partner_name} twee keer en stuurt een foto van een jas die {hem()} iets voor jou leek. Je kijkt ernaar en voelt niets, en dan heel veel.
- else: Woensdag stuurt {partner_name} alleen: ‘Ik denk aan je.’ Je leest het meer dan eens.
}
Vrijdag is er een borrel van je werk, in de bar beneden. Eva zit naast je, de collega met de lach die altijd net te lang duurt. {partner_name} zou om negen uur langskomen.
{partner_state():
- "close": Om tien voor negen appt {hij()} al: ‘Ik fiets nu! Bestel je iets voor me?’
- "far": Je weet niet eens zeker of {hij()} nog komt. {Zijn()} laatste bericht was ‘we zien wel’.
- else: ‘Misschien iets later,’ appt {hij()} om half negen, en dan: ‘Nee, ik kom gewoon.’
}
Om negen uur staat {hij()} in de deur. Eva heeft net haar hand op je knie gelegd, om iets te benadrukken. Half voor de grap. # body: stomach
* [Sta op, loop naar {partner_name} en sla een arm om {hem()} heen #step: pursue]
    ~ step_pursue(2)
    Je staat zo snel op dat je glas omvalt. ‘Daar ben je,’ zeg je in {zijn()} haar, en je stelt {hem()} voor aan iedereen, ook aan Eva, twee keer.
* [Laat Eva’s hand liggen en lach om haar grap #step: withdraw]
    ~ step_withdraw(2)
    ~ w2_eva = true
    Je laat de hand liggen. Je lacht. Je ziet dat {partner_name} het ziet. Er komt een vreemde, koele ruimte in je borst, en tegelijk schaam je je ervoor.
* [Haal Eva’s hand weg en zeg tegen jezelf wat er gebeurt #step: ground #locked: {walls_up()} #why: Die hand op je knie is een uitgang, en terug naar binnen wil je nog niet.]
    ~ step_ground(1)
    Vriendelijk leg je Eva’s hand terug op haar eigen knie. In je hoofd zeg je het met zoveel woorden: ik wilde weg, en dit was de deur. Dan sta je op en loop je naar {partner_name} toe.
- -> w2_outside

= w2_outside
Later, buiten, bij de fietsen. {partner_name} heeft {zijn()} jas tot bovenaan dichtgeknoopt.
{w2_eva:‘Wie was dat?’ vraagt {hij()}. ‘Die hand?’|{you_chased():‘Je was zo blij me te zien,’ zegt {hij()}, ‘en gisteren nam je niet op. Ik snap je niet.’|‘Deze week was je ver weg,’ zegt {hij()}. ‘En vanavond ineens weer dichtbij. Ik snap er niet veel van.’}}
* [Beloof dat het volgende week anders wordt #step: pursue]
    ~ step_pursue(1)
    ‘Het wordt anders,’ zeg je. ‘Ik was moe. Volgende week ben ik er, helemaal.’ {Hij()} wil je geloven. Je ziet {hem()} de knoop doorhakken.
* [Zeg dat je nog niet toe bent aan iets groots #step: withdraw]
    ~ step_withdraw(1)
    ‘Ik ben nog niet toe aan iets groots,’ zeg je. Het is waar, en toch klinkt het verwijtend. {partner_name} knikt en stapt op {zijn()} fiets. ‘Goed om te weten,’ zegt {hij()}.
* [Zeg dat je bang wordt als het dichtbij komt, en dat je dan rare dingen doet #step: ground #locked: {walls_up()} #why: Je staat al met één voet op het pedaal.]
    ~ step_ground(1)
    ‘Als het dichtbij komt, word ik bang,’ zeg je. ‘Dan doe ik rare dingen. Dat is niet jouw schuld.’ {partner_name} kijkt naar de straat. ‘Dat is nogal wat,’ zegt {hij()} zacht. ‘Maar ik hoor het liever dan dat ik moet raden.’
- -> w_night_call

=== w_night_call ===
# scene: bedroom # partner: away
{
- w2_eva: Dan wordt het stil aan {zijn()} kant. Sinds die hand op je knie geen ontbijtfoto meer, geen hartje. Een dag, twee dagen, drie.
- w2_word == "vague": Dan wordt het stil aan {zijn()} kant. ‘We zien wel,’ zei jij in het café. Nu ziet {hij()} het blijkbaar. Een dag, twee dagen, drie.
- w2_word == "fear": Dan wordt het stil aan {zijn()} kant. Je zei dat die vraag je bang maakte, en {hij()} geeft je ruimte, meer dan je vroeg. Een dag, twee dagen, drie.
- else: Een week na dat ‘wij’ in het café wordt het stil aan {zijn()} kant. Geen ontbijtfoto, geen hartje. Een dag, twee dagen, drie.
}
{partner_far():Zondag zie je een foto van {hem()} op een verjaardag: lachend, tussen mensen die je niet kent. {Hij()} ziet er goed uit zonder jou.|{Hij()} stuurt alleen: ‘Ik heb even tijd nodig om na te denken.’}
Het rare is wat het met je doet. Een week geleden snakte je naar lucht. Nu is er lucht genoeg, en je kunt niet ademen. Het is half twee ’s nachts. Je ligt op je rug met de telefoon op je borst.
* [Bel {hem()}, nu, en zeg alles wat je voelt #step: pursue]
    ~ step_pursue(2)
    ~ w2_call = "courted"
    Na vier keer overgaan neemt {hij()} op, schor. Je praat. Dat je {hem()} mist, dat je dom was, dat Eva niks betekent, dat je zaterdag met {hem()} naar {zijn()} zus wilt. Alles is waar. Na een kwartier lacht {hij()} weer. ‘Kom maar,’ zegt {hij()}. ‘Kom nu maar.’
* [Leg de telefoon in de la en draai je om #step: withdraw]
    ~ step_withdraw(1)
    ~ w2_call = "none"
    Je legt de telefoon in de la, onder de sokken. Je slaapt niet. Om vijf uur kijk je toch even. Niks. Terug in de la.
* [Stuur een bericht dat je er bent, en dat je dit weekend alleen wilt zijn #step: ground #locked: {pull_strong()} #why: Alles in je wil nu {zijn()} stem horen. Dat ene zinnetje over alleen zijn is bijna verraad.]
    ~ step_ground(1)
    ~ w2_call = "held"
    ‘Ik ben er,’ typ je. ‘Ik mis je. Ik wil dit weekend alleen zijn om na te denken, en maandag wil ik je zien. Niet om iets goed te maken. Om je te zien.’ Je leest het drie keer en verstuurt het.
- -> w2_answer

= w2_answer
{
- w2_call == "courted": Om twee uur ’s nachts fiets je door de stad. Bij {zijn()} deur valt {hij()} je om de hals. De weken daarna zijn de mooiste tot nu toe. Je belooft veel. Je meent het.
- w2_call == "none": Maandag stuurt {partner_name}: ‘Oké. Ik snap het.’ Je snapt het zelf niet.
- else: Zaterdag duurt lang. Je wandelt, je belt Bas, je kijkt niet elk uur op je telefoon, maar om de twee uur. Zondagavond komt er een bericht: ‘Ik mis je ook. Maandag.’
}
{w2_call == "held":{partner_close():Maandagochtend schrijft {hij()} toch: ‘Kun je niet vanavond al? Ik hou het niet uit.’|Maandagochtend schrijft {hij()}, kort: ‘Kun je vanavond? Of wil je dat niet.’} Het trekt, hard, in je buik.}
{w2_call == "held":-> w2_return|-> w2_close}

= w2_return
{partner_far():Je ziet {hem()} voor je, op {zijn()} bank, de telefoon in {zijn()} hand.|Je ziet {hem()} voor je, al half in {zijn()} jas.}
* [Houd je aan maandag, en zeg het lief #step: ground]
    ~ boundary_held()
    ~ step_ground(1)
    ‘Maandag,’ schrijf je. ‘Ik heb er zin in. Echt.’ Het kost je moeite, maar het houdt.
* [Fiets er toch heen, nu meteen #step: pursue]
    ~ boundary_given_up()
    ~ step_pursue(2)
    Je fietst er toch heen. {Hij()} doet open in {zijn()} pyjama en is zo blij dat je vergeet waarom je dat weekend wilde.
- -> w2_close

= w2_close
{partner_close():Je ligt naast {hem()}|Je ligt alleen} en denkt aan het dak, die eerste nacht, hoe niets je tegenhield. Nu houdt alles je tegen en trekt alles je terug.
{w2_call:
- "courted": Weglopen, terugbellen, beloven, en elke belofte gemeend.
- "held": Soms blijf je heel even staan, en dan blijft {hij()} ook staan.
- else: {Hij()} komt, jij gaat. Jij komt, {hij()} is er even niet.
}
Zo gaat het een tijdje. Heen, en terug. # pause: 2
-> w_cafe
