"""Each construction the extractor must handle, through the real model.

One row a construction: (text, facts that must be extracted). A new
construction is a new row. Known failures are xfail(strict=True).
"""

from __future__ import annotations

import pytest

CONSTRUCTIONS = [
    pytest.param("In the new drama, Marisol Vantreece plays Ada Quill.",
                 {("Marisol Vantreece", "plays", "Ada Quill")}, id="x-plays-y"),
    pytest.param("In the thriller, Dev Malhotra portrays Inspector Ravi Khanna.",
                 {("Dev Malhotra", "plays", "Ravi Khanna")}, id="x-portrays-y"),
    pytest.param("In the animated film, Tessa Morrow voices Pip.",
                 {("Tessa Morrow", "plays", "Pip")}, id="x-voices-y"),
    pytest.param("Jonah Whitfield stars as Elias Crane in “The Glass Orchard”.",
                 {("Jonah Whitfield", "plays", "Elias Crane"), ("The Glass Orchard", "actor", "Jonah Whitfield"),
                  ("The Glass Orchard", "character", "Elias Crane")}, id="x-stars-as-y"),
    pytest.param("The detective, Harriet Vale, played by Simone Achebe, returns in the finale.",
                 {("Simone Achebe", "plays", "Harriet Vale")}, id="y-played-by-x"),
    pytest.param("In “Lantern Street,” Nora Quill (Imogen Hale) runs a bookshop.",
                 {("Imogen Hale", "plays", "Nora Quill"), ("Lantern Street", "character", "Nora Quill")},
                 id="y-(x)-in-prose"),
    pytest.param("Copperline is a 2009 American western film directed by Hal Ostrova and starring Fenn Marlowe and "
                 "Odile Brasseur. Set in Montana, it follows Wade Calder (Marlowe), a retired gunsmith, and Ruth "
                 "Ambler (Brasseur), a schoolteacher.",
                 {("Odile Brasseur", "plays", "Ruth Ambler"), ("Copperline", "character", "Ruth Ambler"),
                  ("Fenn Marlowe", "plays", "Wade Calder")}, id="plot-follows-y-(actor-surname)"),
    pytest.param("Marrow Point is a 2015 crime film. In the film, Detective Inspector Cora Lindell (Yusra Haddad) "
                 "hunts a poisoner.",
                 {("Yusra Haddad", "plays", "Cora Lindell"), ("Marrow Point", "character", "Cora Lindell")},
                 id="in-the-film-comma-rank-y-(x)"),
    pytest.param("Harbor Night is a 2016 South Korean action film starring Jang Min-ho, Seo Ji-yeon and Baek Tae-gu. "
                 "The film follows Oh Dae-sik (Jang), a detective who boards a ferry, and Han Yu-ri (Seo), the "
                 "ship's first officer.",
                 {("Jang Min-ho", "plays", "Oh Dae-sik"), ("Seo Ji-yeon", "plays", "Han Yu-ri"),
                  ("Harbor Night", "character", "Oh Dae-sik")}, id="y-(family-name-first-actor)"),
    pytest.param("Season 2 picks up after the fire, with the family fighting off a buyout offer from Harlan Pike "
                 "(newcomer Gregory Vance), the charming chief executive of a rival firm. Elsewhere, Dr. Ruth Carrow "
                 "(series regular Tom Whitby) clashes with the board.",
                 {("Gregory Vance", "plays", "Harlan Pike"), ("Tom Whitby", "plays", "Ruth Carrow")},
                 id="y-(newcomer-x)"),
    pytest.param("The premiere featured Brandon Oyelaran (Marcus Teague) in a brief scene.",
                 {("Brandon Oyelaran", "plays", "Marcus Teague")}, id="x-(y)-cast-list"),
    pytest.param("HBO cast Martin Greaves as Albert Finch and Lila Moreno as Rosa Finch for “Quiet Harbour.”",
                 {("Martin Greaves", "plays", "Albert Finch"), ("Lila Moreno", "plays", "Rosa Finch")},
                 id="x-as-y"),
    pytest.param("Caleb Strand will portray Tobias Wren in the adaptation.",
                 {("Caleb Strand", "plays", "Tobias Wren")}, id="x-will-portray-y"),
    pytest.param("The cast of “Saltwater Hymn” includes Irene Locke as Maud Penhale, Tomas Reyes as Jory Penhale.",
                 {("Irene Locke", "plays", "Maud Penhale"), ("Tomas Reyes", "plays", "Jory Penhale")},
                 id="cast-includes-a-as-b"),
    pytest.param("“Quarter Moon Motel” was created by Rhea Castellan, Owen Mbeki and Lucy Farrow.",
                 {("Quarter Moon Motel", "creator", "Rhea Castellan"), ("Quarter Moon Motel", "creator", "Owen Mbeki"),
                  ("Quarter Moon Motel", "creator", "Lucy Farrow")}, id="created-by-a-b-and-c"),
    pytest.param("“Ironbark” was directed by Selma Okafor and written by Piet Vandermeer.",
                 {("Ironbark", "director", "Selma Okafor"), ("Ironbark", "writer", "Piet Vandermeer")},
                 id="directed-written-by"),
    pytest.param("“Ironbark,” produced by Gideon Hale, opens next month.",
                 {("Ironbark", "producer", "Gideon Hale")}, id="produced-by"),
    pytest.param("“The Winter Archive” showrunner Dana Whitlock said the season is darker.",
                 {("The Winter Archive", "producer", "Dana Whitlock")}, id="showrunner"),
    pytest.param("Tomas Verhoeven, an executive producer of “The Winter Archive,” confirmed the news.",
                 {("The Winter Archive", "producer", "Tomas Verhoeven")}, id="executive-producer"),
    pytest.param("HBO's “Quiet Harbour” returns in June.",
                 {("Quiet Harbour", "network", "HBO")}, id="network-possessive"),
    pytest.param("The Netflix series “Tamarind Summer” follows three sisters.",
                 {("Tamarind Summer", "network", "Netflix")}, id="the-netflix-series-title"),
    pytest.param("“The Winter Archive” premiered on Hulu on March 3, 2021.",
                 {("The Winter Archive", "network", "Hulu"), ("The Winter Archive", "releaseDate", "2021-03-03")},
                 id="premiered-on-network-on-date"),
    pytest.param("“Glass Orchard” will premiere January 30.",
                 {("Glass Orchard", "releaseDate", "2025-01-30")}, id="future-date-anchored"),
    pytest.param("The limited series “Harrow Lane” has eight episodes.",
                 {("Harrow Lane", "numberOfEpisodes", 8)}, id="n-episodes"),
    pytest.param("Studio chief Mira Castellanos, the general director of Northwind Pictures, approved it.",
                 {("Mira Castellanos", "jobTitle", "general director"),
                  ("Mira Castellanos", "worksFor", "Northwind Pictures")}, id="a-the-general-director-of-b"),
    pytest.param("Lionsgate President Carla Menendez announced the slate.",
                 {("Carla Menendez", "jobTitle", "president"), ("Carla Menendez", "worksFor", "Lionsgate")},
                 id="org-title-name"),
    pytest.param("“Harrow Lane” is a 2019 Danish drama series.",
                 {("Harrow Lane", "countryOfOrigin", "Denmark"), ("Harrow Lane", "releaseDate", "2019")},
                 id="demonym-country-and-year"),
    pytest.param("“Copper Saints” is a British film set in England.",
                 {("Copper Saints", "countryOfOrigin", "England")}, id="country-named-as-the-article-names-it"),
    pytest.param("“Harrow Lane” opened in March. The cast included Mara Lind, Oskar Brevik and Pia Sund.",
                 {("Harrow Lane", "actor", "Mara Lind"), ("Harrow Lane", "actor", "Oskar Brevik"),
                  ("Harrow Lane", "actor", "Pia Sund")}, id="the-cast-included-list"),
    pytest.param("“Frostline” was directed by Hanne Solberg and written by Ama Castellanos.",
                 {("Frostline", "director", "Hanne Solberg"), ("Frostline", "writer", "Ama Castellanos")},
                 id="directed-by-x-and-written-by-y"),
    pytest.param("“Ironbark” was written and directed by Selma Okafor.",
                 {("Ironbark", "director", "Selma Okafor"), ("Ironbark", "writer", "Selma Okafor")},
                 id="written-and-directed-by-x"),
    pytest.param("Apple TV+ dated ‘The Winter Archive’, a limited series based on the podcast ‘Cold Storage’. "
                 "The series is written by Agnieszka Fell.",
                 {("The Winter Archive", "basedOn", "Cold Storage"), ("The Winter Archive", "writer", "Agnieszka Fell")},
                 id="the-series-after-a-source-means-the-topic"),
    pytest.param("“Audiences fell for it,” said HBO's head of drama Celestine Marwick.",
                 {("Celestine Marwick", "jobTitle", "head of drama"), ("Celestine Marwick", "worksFor", "HBO")},
                 id="org-s-head-of-drama-name"),
    pytest.param("Mara Lind is a Swedish actress best known for her role on the drama “Harrow Lane”.",
                 {("Harrow Lane", "actor", "Mara Lind")}, id="known-for-her-role-on-w"),
    pytest.param("Oskar Brevik made his acting debut in “Copper Saints” in 2015.",
                 {("Copper Saints", "actor", "Oskar Brevik")}, id="made-his-debut-in-w"),
    pytest.param("Pia Sund was paired with Ida Holm in the 2019 film “Lantern Street”.",
                 {("Lantern Street", "actor", "Pia Sund"), ("Lantern Street", "actor", "Ida Holm")},
                 id="paired-with-b-in-w"),
    pytest.param("Perhaps the song's best use is in Selma Okafor's tense film “Ironbark”.",
                 {("Ironbark", "director", "Selma Okafor")}, id="person-s-film-w-despite-hedged-clause"),
    pytest.param("The streamer also renewed Rhea Castellan's “Quarter Moon Motel”.",
                 {("Quarter Moon Motel", "creator", "Rhea Castellan")}, id="person-s-series"),
    pytest.param("Oskar Brevik wrote, directed and produced the 2012 film “Copper Saints”.",
                 {("Copper Saints", "writer", "Oskar Brevik"), ("Copper Saints", "director", "Oskar Brevik"),
                  ("Copper Saints", "producer", "Oskar Brevik")}, id="wrote-directed-and-produced-w"),
    pytest.param("Ida Holm (born 4 May 1971) is a Danish director. Her second directorial venture "
                 "“Harrow Lane” opened in 2015.",
                 {("Harrow Lane", "director", "Ida Holm")}, id="directorial-venture"),
    pytest.param("Meridian Peak Studios is naming Joanna Kestrel, a former agent, as its new president.",
                 {("Joanna Kestrel", "jobTitle", "president"), ("Joanna Kestrel", "worksFor", "Meridian Peak Studios")},
                 id="org-names-x-as-its-title"),
    pytest.param("Lionsgate is dismissing co-chairs Pia Sund and Ida Holm.",
                 {("Pia Sund", "jobTitle", "co-chair"), ("Ida Holm", "jobTitle", "co-chair"),
                  ("Pia Sund", "worksFor", "Lionsgate")}, id="title-before-a-list-of-people"),
    pytest.param("“Harrow Lane” drew 3 million viewers. The Mara Lind dramedy airs on Sundays.",
                 {("Harrow Lane", "actor", "Mara Lind")}, id="the-person-genre-noun"),
    pytest.param("Oskar Brevik also directed last night's episode of “Harrow Lane.”",
                 {("Harrow Lane", "director", "Oskar Brevik")}, id="directed-an-episode-of-w"),
    pytest.param("HBO announced the cast of its upcoming “Quiet Harbour” series on Monday.",
                 {("Quiet Harbour", "network", "HBO")}, id="org-announced-its-series"),
    pytest.param("Ida Holm made “Harrow Lane” in 2012. Holm's other directorial credits include "
                 "“Copper Saints” (2014) and “Ironbark” (2019).",
                 {("Copper Saints", "director", "Ida Holm"), ("Ironbark", "director", "Ida Holm")},
                 id="directorial-credits-include-list"),
    pytest.param("Amazon bought Hvidsand, the Danish crime drama that topped the ratings.",
                 {("Hvidsand", "countryOfOrigin", "Denmark")}, id="name-the-work-noun-apposition"),
    pytest.param("Creator and showrunner Tobiah Renwick will return to run the new episodes of “Harrow Lane”.",
                 {("Harrow Lane", "producer", "Tobiah Renwick"), ("Harrow Lane", "creator", "Tobiah Renwick")},
                 id="creator-and-showrunner-x"),
    pytest.param("It joins a slate of recent Netflix renewals that includes Copper Saints, Mara Lind's "
                 "Harrow Lane and Ironbark.",
                 {("Copper Saints", "network", "Netflix"), ("Harrow Lane", "network", "Netflix"),
                  ("Ironbark", "network", "Netflix"), ("Harrow Lane", "creator", "Mara Lind")},
                 id="renewals-that-include-a-list-of-works"),
    pytest.param("She is best known as Dana Cole in the NBC television drama Friday Night Harbor.",
                 {("Friday Night Harbor", "network", "NBC")}, id="the-network-drama-title-over-a-date"),
    pytest.param("He hosted a show on Kestrel TV called “Plein Cadre” for years.",
                 {("Plein Cadre", "network", "Kestrel TV")}, id="a-show-on-network-called-w"),
    pytest.param("Netflix renewed “Harrow Lane”. Tom and Ana Ruiz created the series and will return as "
                 "executive producers.",
                 {("Harrow Lane", "creator", "Tom Ruiz"), ("Harrow Lane", "creator", "Ana Ruiz"),
                  ("Harrow Lane", "producer", "Tom Ruiz"), ("Harrow Lane", "producer", "Ana Ruiz")},
                 id="first-names-sharing-a-surname-and-return-as-role"),
    pytest.param("Hulu renewed “Harrow Lane”. Longtime writers and producers Ana Beck and Tom Reyes take over.",
                 {("Harrow Lane", "writer", "Ana Beck"), ("Harrow Lane", "writer", "Tom Reyes"),
                  ("Harrow Lane", "producer", "Ana Beck"), ("Harrow Lane", "producer", "Tom Reyes")},
                 id="writers-and-producers-a-and-b"),
    pytest.param("“Harrow Lane” is back. Ida Fell and Tom Oyo are executive producers.",
                 {("Harrow Lane", "producer", "Ida Fell"), ("Harrow Lane", "producer", "Tom Oyo")},
                 id="a-and-b-are-executive-producers"),
    pytest.param("Lionsgate, which distributed “Ironbark” in North America, expected less.",
                 {("Ironbark", "distributor", "Lionsgate")}, id="org-which-distributed-w"),
    pytest.param("“Tamarind Summer” has been acquired for North American release by Focus Features.",
                 {("Tamarind Summer", "distributor", "Focus Features")}, id="acquired-for-release-by-x"),
    pytest.param("Netflix picks up “Tamarind Summer” for the US.",
                 {("Tamarind Summer", "network", "Netflix")}, id="streamer-picks-up-w"),
    pytest.param("“Copper Saints”, the new series from Noel Harwood, is coming to Netflix in May.",
                 {("Copper Saints", "creator", "Noel Harwood"), ("Copper Saints", "network", "Netflix")},
                 id="the-new-series-from-x-coming-to-network"),
    pytest.param("“Ironbark” opens Friday. The film, directed by Ida Holm from a script by Tom Reyes, is based "
                 "on the novel “The Salt Road” by Agnes Morrow.",
                 {("Ironbark", "director", "Ida Holm"), ("Ironbark", "writer", "Tom Reyes"),
                  ("The Salt Road", "writer", "Agnes Morrow"), ("Ironbark", "basedOn", "The Salt Road")},
                 id="script-by-and-novel-by"),
    pytest.param("Copper Saints\n\nCopper Saints is a 2012 British film directed by Ida Holm.",
                 {("Copper Saints", "director", "Ida Holm"), ("Copper Saints", "releaseDate", "2012")},
                 id="title-line-then-definition"),
    pytest.param("“Copper Saints” is a 2012 drama film. It was written by Tom Reyes and directed by Ida Holm.",
                 {("Copper Saints", "writer", "Tom Reyes"), ("Copper Saints", "director", "Ida Holm")},
                 id="it-was-written-by"),
    pytest.param("Oskar Brevik had a recurring role on “Harrow Lane” as Agent Tom Marsh. "
                 "He also played Pip Lowry in the film “Ironbark”.",
                 {("Ironbark", "actor", "Oskar Brevik"), ("Oskar Brevik", "plays", "Pip Lowry")},
                 id="he-is-the-last-subject-not-the-role"),
    pytest.param("How to Leave a Harbour\n\n“How to Leave a Harbour” is the fourth episode of the drama series "
                 "“Tamarind Summer”. It was written by Ana Beck.",
                 {("How to Leave a Harbour", "partOfSeries", "Tamarind Summer"),
                  ("How to Leave a Harbour", "writer", "Ana Beck")}, id="clause-like-title-is-an-episode-of"),
    pytest.param("Copper Saints\n\nCopper Saints (also known as “Saint Copper” and “The Copper Road”), a 2012 drama film directed "
                 "by Tom Reyes and starring Ida Holm.",
                 {("Copper Saints", "actor", "Ida Holm"), ("Copper Saints", "director", "Tom Reyes")},
                 id="a-film-directed-by-and-starring-after-aliases"),
    pytest.param("Harrow Lane\n\nHarrow Lane is a 2008 Danish-language period drama film.",
                 {("Harrow Lane", "releaseDate", "2008")}, id="year-before-a-chain-of-modifiers"),
    pytest.param("Copper Saints\n\nCopper Saints is a 1952 American Eastmancolor film biography of a painter.",
                 {("Copper Saints", "releaseDate", "1952"), ("Copper Saints", "countryOfOrigin", "United States")},
                 id="a-year-film-biography"),
    pytest.param("Ida Holm is a Danish director. She wrote and directed her first feature film, “Ironbark”, in 2008.",
                 {("Ironbark", "releaseDate", "2008"), ("Ironbark", "director", "Ida Holm")},
                 id="directed-w-in-year"),
    pytest.param("Oskar Brevik is a Norwegian actor. In 2015, he starred in the drama series “Harrow Lane”.",
                 {("Harrow Lane", "releaseDate", "2015"), ("Harrow Lane", "actor", "Oskar Brevik")},
                 id="in-year-starred-in-w"),
    pytest.param("Oskar Brevik is a Norwegian actor. He was a cast member of “Harrow Lane” and played Pip Lowry "
                 "on “Ironbark”. He also played Tom Marsh in the drama “Copper Saints”. He has had roles in films "
                 "including Salt Road, Quiet Harbour, Glass Orchard, Lantern Street, Tamarind Summer and Winter Archive.",
                 {("Winter Archive", "actor", "Oskar Brevik"), ("Salt Road", "actor", "Oskar Brevik")},
                 id="he-through-a-chain-of-pronouns-roles-in-a-long-list"),
    pytest.param("“Harrow Lane” is a drama series. It first aired on the Fox network on May 2, 2010.",
                 {("Harrow Lane", "network", "Fox"), ("Harrow Lane", "releaseDate", "2010-05-02")},
                 id="aired-on-the-org-network"),
    pytest.param("“Harrow Lane” premiered on BBC Two in 2019. The BBC's “Copper Saints” followed in 2020.",
                 {("Harrow Lane", "network", "BBC Two"), ("Copper Saints", "network", "BBC")},
                 id="a-known-network-is-not-short-for-a-longer-one"),
    pytest.param("Pip Lowry is a fictional character introduced in the 1967 animated film “Quiet Harbour”.",
                 {("Quiet Harbour", "character", "Pip Lowry")}, id="x-is-a-character-introduced-in-w"),
    pytest.param("Tom Marsh is the main protagonist of the novel “The Salt Road” by Agnes Morrow.",
                 {("The Salt Road", "character", "Tom Marsh")}, id="x-is-the-protagonist-of-w"),
    pytest.param("“Ironbark” is based on the novel “The Salt Road.”",
                 {("Ironbark", "basedOn", "The Salt Road")}, id="based-on"),
    pytest.param("Who Stole the Lantern?\n\nWho Stole the Lantern?\nis a 1958 British comedy film directed by "
                 "Ida Holm. It stars Tom Reyes.",
                 {("Who Stole the Lantern", "releaseDate", "1958"), ("Who Stole the Lantern", "director", "Ida Holm"),
                  ("Who Stole the Lantern", "actor", "Tom Reyes")}, id="question-title-line-then-is-a-film"),
    pytest.param("Oskar Brevik is a Norwegian actor. He has had roles in films including Salt Road, "
                 "2000 Leagues to Paris, The Hollow Crown, The Ferryman and Glass Orchard.",
                 {("2000 Leagues to Paris", "actor", "Oskar Brevik"), ("The Ferryman", "actor", "Oskar Brevik"),
                  ("Glass Orchard", "actor", "Oskar Brevik")}, id="film-list-past-a-number-title-and-the-x"),
    pytest.param("Harrow Lane was a touring music festival. A documentary of its first season, called Salt Road "
                 "Express, directed by Ida Holm premiered at Sundance in 2012 and won a Peabody Award in 2013.",
                 {("Salt Road Express", "director", "Ida Holm"), ("Salt Road Express", "releaseDate", "2012")},
                 id="a-documentary-of-x-called-w"),
    pytest.param("Harrow Lane is a 2014 Danish drama film directed by Ida Holm. Tom Reyes, Oskar Brevik, "
                 "Mara Lind, and Pia Sund play significant roles in the film.",
                 {("Harrow Lane", "actor", "Tom Reyes"), ("Harrow Lane", "actor", "Oskar Brevik"),
                  ("Harrow Lane", "actor", "Pia Sund")}, id="a-b-and-c-play-roles-in-the-film"),
    pytest.param("Harrow Lane is a 2008 Tamil film. Kumaran cast then relatively new actors Arun, Meera, "
                 "Selva Raj and himself in pivotal roles.",
                 {("Harrow Lane", "actor", "Arun"), ("Harrow Lane", "actor", "Meera")},
                 id="one-ner-name-over-a-comma-is-two"),
    pytest.param("La notte dei lupi\n\nLa notte dei lupi, released in Britain as Night of Wolves, is a 1962 "
                 "Italian drama film directed by Ida Holm.",
                 {("La notte dei lupi", "director", "Ida Holm"), ("La notte dei lupi", "releaseDate", "1962")},
                 id="lowercase-title-line-that-opens-the-paragraph"),
    pytest.param("Tomasz Brevik\n\nTomasz Oskar Brevik (born 2 July 1989) is a Norwegian actor and singer. "
                 "In 2009, he had a minor role in the Irish film Salt Road.",
                 {("Salt Road", "actor", "Tomasz Oskar Brevik")}, id="first-name-ner-left-out-at-sentence-start"),
    pytest.param("Mara Lind is an English actress. She is known for various roles in an extensive television "
                 "career including Merle Dawson in Harbour Street, Mandy Croft in Paradise Row and Anne Vell in "
                 "Grease Lane.",
                 {("Harbour Street", "actor", "Mara Lind"), ("Harbour Street", "character", "Merle Dawson"),
                  ("Paradise Row", "actor", "Mara Lind"), ("Grease Lane", "character", "Anne Vell"),
                  ("Mara Lind", "plays", "Mandy Croft")}, id="roles-including-character-in-work-list"),
    pytest.param("“Salt Road” is the fourth episode of the drama series “Harrow Lane”. It originally aired on the "
                 "CBC network in Canada on May 2, 2010.",
                 {("Harrow Lane", "countryOfOrigin", "Canada"), ("Harrow Lane", "network", "CBC")},
                 id="aired-on-network-in-country"),
    pytest.param("Salt Harbour is an American rock band from Ohio. Formed in 2001, the group consists of vocalist "
                 "Mara Lind, guitarist Tom Reyes, bassist Oskar Brevik and drummer Pia Sund.",
                 {("Mara Lind", "memberOf", "Salt Harbour"), ("Pia Sund", "memberOf", "Salt Harbour")},
                 id="the-group-consists-of-part-a-part-b"),
    pytest.param("Salt Harbour is an American rock band. The riffs were composed by Salt Harbour bassist Ida Holm. "
                 "In 1982 drummer Tom Reyes left Salt Harbour.",
                 {("Ida Holm", "memberOf", "Salt Harbour"), ("Tom Reyes", "memberOf", "Salt Harbour")},
                 id="band-part-name-and-part-name-left-band"),
    pytest.param("Cinema Lane was a British production company. It produced two sitcoms for BBC1, June to March "
                 "(1989 – 94) and Still Haunting (1992–94), and also co-produced the soap opera Riverside (1992 – 93).",
                 {("June to March", "releaseDate", "1989"), ("Still Haunting", "releaseDate", "1992"),
                  ("Riverside", "releaseDate", "1992")}, id="title-(years-on-air)"),
    pytest.param("Tom Reyes is an American actor best known for his role as Pip Lowry on The Harbour Men, for which "
                 "he won an award. He also appeared in the TV drama series Salt & Iron as Detective Ana Cole.",
                 {("The Harbour Men", "actor", "Tom Reyes"), ("The Harbour Men", "character", "Pip Lowry"),
                  ("Salt & Iron", "actor", "Tom Reyes")}, id="role-as-x-on-the-title-and-series-w-as-role"),
    pytest.param("Harrow Lane is a Danish reality series. The series features identical twin brothers Tom Reyes "
                 "and Oskar Reyes who renovate old houses.",
                 {("Harrow Lane", "actor", "Tom Reyes"), ("Harrow Lane", "actor", "Oskar Reyes")},
                 id="features-described-a-and-b"),
    pytest.param("Pia Sund is a Swedish actress. In 2007 she appeared in the horror film Evelyn Marsh as Maren, "
                 "a young girl suffering from nightmares.",
                 {("Evelyn Marsh", "actor", "Pia Sund"), ("Evelyn Marsh", "releaseDate", "2007")},
                 id="appeared-in-the-film-name-like-title-as-role"),
    pytest.param("Paper Lanterns\n\n“Paper Lanterns” is a song by Danish singer Mara Lind. It was written by Lind "
                 "and Tom Reyes, with production done by Oskar Brevik.",
                 {("Paper Lanterns", "producer", "Oskar Brevik")}, id="with-production-done-by-x"),
    pytest.param("The drama beat the superhero movie “Harbour Lights: Dawn,” a 2012 film that sold eight million "
                 "tickets.", {("Harbour Lights: Dawn", "releaseDate", "2012")}, id="w-a-year-film-in-apposition"),
    pytest.param("Harrow Lane is a 2011 Malayalam drama film directed by Ida Holm. It is starred and produced by "
                 "Tom Reyes.", {("Harrow Lane", "actor", "Tom Reyes"), ("Harrow Lane", "producer", "Tom Reyes")},
                 id="it-is-starred-and-produced-by-x"),
    # Casting statements of news and recaps
    pytest.param("Marisol Vance is back as Delphine Arden, now fighting the bank for her land.",
                 {("Marisol Vance", "plays", "Delphine Arden")}, id="x-is-back-as-y"),
    pytest.param("Nadia Voss joins the cast as Sasha Kell, a stranger from the city.",
                 {("Nadia Voss", "plays", "Sasha Kell")}, id="x-joins-the-cast-as-y"),
    pytest.param("Liv Thorsen leads the cast as Jonna Brask, with Emil Stav as her ex-husband, Mikkel.",
                 {("Liv Thorsen", "plays", "Jonna Brask"), ("Emil Stav", "plays", "Mikkel")},
                 id="x-as-her-role-noun-name"),
    pytest.param("Returning alongside her are Gideon Marsh as Teddy Oakes and June Abbott as Birdie's mother, "
                 "Loretta.", {("June Abbott", "plays", "Loretta")}, id="x-as-someone-s-role-noun-name"),
    pytest.param("The cast of the drama Ember Road includes Dario Fenn as Augustin Marr, Lena Okoye as Priya Shah "
                 "and Colm Barry as Father Eddings.", {("Colm Barry", "plays", "Father Eddings")},
                 id="x-as-titled-name"),
    pytest.param("The cast of Tidewater includes Bea Hollis as Dr. Marnie Cole and Saul Ferro as Father Anselm.",
                 {("Bea Hollis", "plays", "Marnie Cole"), ("Saul Ferro", "plays", "Father Anselm")},
                 id="x-as-rank-outside-the-entity"),
    pytest.param("The drama Saltmarsh stars Keir Dunbar as Fergus Lennox, a stubborn veteran, and Tova Rask as "
                 "Captain Ilse Brandvold.", {("Tova Rask", "plays", "Ilse Brandvold"),
                                              ("Saltmarsh", "actor", "Tova Rask")},
                 id="x-as-y-actor-name-ner-cut-short"),
    pytest.param("The drama Saltmarsh stars Keir Dunbar as Detective Sergeant Fergus Lennox, a stubborn veteran.",
                 {("Keir Dunbar", "plays", "Fergus Lennox"), ("Saltmarsh", "character", "Fergus Lennox"),
                  ("Fergus Lennox", "jobTitle", "detective sergeant")}, id="x-as-rank-and-full-name"),
    pytest.param("Tidewater Sisters is a 2018 Spanish drama film. It stars Lucia Ferrol as Ines Ortega, the eldest "
                 "sister; Maite Arbiol as Pilar; and Nerea Cuesta as the youngest, Sol.",
                 {("Nerea Cuesta", "plays", "Sol"), ("Tidewater Sisters", "character", "Sol"),
                  ("Tidewater Sisters", "actor", "Nerea Cuesta"), ("Maite Arbiol", "plays", "Pilar")},
                 id="semicolon-list-x-as-the-description-comma-y"),
    pytest.param("The series also stars Gideon Rusk as Ellis Crane, Hale's partner; Mavis Orton as her mother, Ruth; "
                 "and Kwame Asante as the ferryman Abel Pruitt, whose family has run the crossing for decades.",
                 {("Kwame Asante", "plays", "Abel Pruitt"), ("Mavis Orton", "plays", "Ruth")},
                 id="x-as-the-role-noun-y"),
    pytest.param("Harrow Lane is a 2011 drama film starring Tomas Brack and Ida Lorne. Brack was nominated for an "
                 "award for his portrayal of Sam Pell, Tom's older brother, and Lorne played Sam's wife, Marta.",
                 {("Tomas Brack", "plays", "Sam Pell"), ("Harrow Lane", "character", "Sam Pell"),
                  ("Ida Lorne", "plays", "Marta")}, id="his-portrayal-of-y"),
    pytest.param("Tin Harbour is the third episode of the drama Gullwing. Oswin Garrard guest stars as Tobin, with "
                 "Lise Arden playing a younger Tobin in flashbacks.",
                 {("Oswin Garrard", "plays", "Tobin")}, id="x-guest-stars-as-y"),
    pytest.param("Tin Harbour is the third episode of the drama Gullwing. Malcolm Evers guest stars as Wrayburn, and "
                 "Dominic Sewall appears as Ormsby.",
                 {("Malcolm Evers", "plays", "Wrayburn"), ("Dominic Sewall", "plays", "Ormsby")},
                 id="a-guest-stars-as-x-and-b-appears-as-y"),
    pytest.param("Tin Harbour is the third episode of the drama Gullwing. The episode features guest appearances by "
                 "Celia Mornay as Agnes, Hamish Roe as her brother, Tam Pell, and Ivo Lindqvist as Pell.",
                 {("Celia Mornay", "plays", "Agnes"), ("Hamish Roe", "plays", "Tam Pell")},
                 id="x-as-y-with-actors-ner-mistyped-or-missed"),
    pytest.param("Marisa Quell is an American actress. She is best known for her turn as Lena Ward in the drama "
                 "Blue Quay.", {("Marisa Quell", "plays", "Lena Ward"), ("Blue Quay", "character", "Lena Ward")},
                 id="her-turn-as-y"),
    pytest.param("Paper Kites is a 2020 film starring Nia Holt, Jen Wake and Rob Castel. Wake plays Nia's mother, Carol, "
                 "and Castel plays Mr. Dunmore, the school's chemistry teacher.",
                 {("Jen Wake", "plays", "Carol"), ("Rob Castel", "plays", "Mr. Dunmore")},
                 id="a-plays-someone-s-mother-name-and-b-plays-rank-name"),
    pytest.param("Still Water is a 2014 film starring Dana Liu, Otto Booth and Ilse Marr. Dana Liu plays Marr's "
                 "daughter, April, and Booth plays Marr's former mentor, Walter Hask.",
                 {("Dana Liu", "plays", "April"), ("Otto Booth", "plays", "Walter Hask")},
                 id="x-plays-someone-s-role-noun-month-name"),
    pytest.param("Noel Barr co-stars as her partner and ex-husband, Leon Sharp, in the new drama Lakeside.",
                 {("Noel Barr", "plays", "Leon Sharp")}, id="x-co-stars-as-her-a-and-b-comma-y"),
    pytest.param("The cast of Far Meridian also includes Kofi Anane as Ambrose Kell, Iris' partner in the field; Hattie "
                 "Lunde as the institute's director, Sylvie Okafor; and Paulo Ferro as Tomas.",
                 {("Hattie Lunde", "plays", "Sylvie Okafor"), ("Paulo Ferro", "plays", "Tomas")},
                 id="x-as-the-owner-s-role-comma-y"),
    pytest.param("Maya Oduro co-starred as Grace Tull, the town's harbor master, in Dead Calm. The supporting cast is "
                 "strong: veteran actor Rudy Calhane is terrific as Sheriff Wade Pruett, the town's lawman.",
                 {("Maya Oduro", "plays", "Grace Tull"), ("Rudy Calhane", "plays", "Wade Pruett")},
                 id="x-co-starred-as-y-and-x-is-terrific-as-y"),
    pytest.param("In the series Ashdown, Calloway plays Father Anselm, the parish priest; Nell Fairley is Poppy "
                 "Marchant, a teenager who hears voices; and Oskar Lind portrays Karl Brand, a deputy.",
                 {("Nell Fairley", "plays", "Poppy Marchant"), ("Oskar Lind", "plays", "Karl Brand")},
                 id="a-plays-x-b-is-y-and-c-portrays-z"),
    pytest.param("Theo Marsh plays her eldest son, Julian; Anya Brook is her restless daughter, Cass; and Ben Okafor "
                 "plays youngest son Danny.", {("Anya Brook", "plays", "Cass")}, id="b-is-her-daughter-comma-y"),
    pytest.param('The network has ordered a new season of "Haunts", which will again be led by Rosa McIvor and Utpal '
                 'Amberkar as innkeepers Sabine and Jory.',
                 {("Rosa McIvor", "plays", "Sabine"), ("Utpal Amberkar", "plays", "Jory"), ("Haunts", "character", "Jory")},
                 id="a-and-b-as-role-nouns-x-and-y"),
    pytest.param("Wren Abernathy is an American actress. She made her screen debut with a small role in the independent "
                 "film Harbor Glass (2007) and had guest roles in the television series The Night Desk and Station Nine "
                 "before being cast in Floodgate, opposite Dale Pruitt.",
                 {("Harbor Glass", "actor", "Wren Abernathy"), ("Floodgate", "actor", "Wren Abernathy")},
                 id="debut-with-a-role-in-w-before-being-cast-in-v"),
    pytest.param("\"Harrow Lane\" has added two guest stars for its third season. Priya Venn (\"Home Run\") will guest "
                 "as Anju Rao, a sales rep. Lena Albrecht (\"The Good Doctor\") has booked a recurring role on the "
                 "drama.",
                 {("Priya Venn", "plays", "Anju Rao"), ("Harrow Lane", "character", "Anju Rao"),
                  ("Home Run", "actor", "Priya Venn"), ("The Good Doctor", "actor", "Lena Albrecht")},
                 id="x-(earlier-credit)-will-guest-as-y"),
    pytest.param("Wren Abernathy is an American actress. She is known for her roles as the paramedic Lottie Crane in "
                 "the disaster film Floodgate (2013) and as Dr. Imre Vasko in the ABC medical drama Saint Brigid "
                 "(2015–2020).",
                 {("Wren Abernathy", "plays", "Lottie Crane"), ("Floodgate", "character", "Lottie Crane"),
                  ("Wren Abernathy", "plays", "Imre Vasko"), ("Saint Brigid", "character", "Imre Vasko"),
                  ("Saint Brigid", "actor", "Wren Abernathy")}, id="roles-as-a-in-w-and-as-b-in-v"),
    pytest.param("Park Ji-won is a South Korean actor. He is best known for his roles as the detective Oh Dae-sik in "
                 "the action film Harbor Night (2016) and as the prosecutor Seo Min-jae in the tvN legal drama Open "
                 "Verdict (2019–2020).",
                 {("Park Ji-won", "plays", "Oh Dae-sik"), ("Harbor Night", "character", "Oh Dae-sik"),
                  ("Park Ji-won", "plays", "Seo Min-jae")}, id="roles-as-hyphenated-names"),
    pytest.param("Hattie Szabo won best comedy actress for playing Birdie Lomax.",
                 {("Hattie Szabo", "plays", "Birdie Lomax")}, id="x-won-for-playing-y"),
    pytest.param("On television, Tom Ashby had a recurring role on Salt Road as Agent Reggie Vance.",
                 {("Tom Ashby", "plays", "Reggie Vance"), ("Reggie Vance", "jobTitle", "agent")},
                 id="x-had-a-role-on-w-as-y"),
    pytest.param("Odessa Reyes, who voices Pip's friend Wendeline, came in for two of the duets.",
                 {("Odessa Reyes", "plays", "Wendeline")}, id="x-voices-someone-s-role-noun-name"),
    pytest.param("HBO's “Quiet Harbour” has added three actors to its second season. Lucy Marr has been cast in "
                 "a recurring role as Pip Lowry.",
                 {("Lucy Marr", "plays", "Pip Lowry"), ("Quiet Harbour", "character", "Pip Lowry")},
                 id="x-cast-in-a-recurring-role-as-y"),
    pytest.param("Mara Lind returns as Ada Quill for the third season.",
                 {("Mara Lind", "plays", "Ada Quill")}, id="x-returns-as-y"),
    pytest.param("Ida Holm has landed the lead role of Rosa Finch in Netflix's Salt Road.",
                 {("Ida Holm", "plays", "Rosa Finch"), ("Salt Road", "character", "Rosa Finch")},
                 id="x-landed-the-role-of-y"),
    pytest.param("The series stars Tom Reyes in the title role of Elias Crane.",
                 {("Tom Reyes", "plays", "Elias Crane")}, id="stars-x-in-the-title-role-of-y"),
    pytest.param("“Harrow Lane” debuts Friday on Netflix.",
                 {("Harrow Lane", "releaseDate", "2024-12-06"), ("Harrow Lane", "network", "Netflix")},
                 id="w-debuts-weekday-on-network"),
    pytest.param("“Salt Road” is a hit. Lantern Hill Animation made the film.",
                 {("Salt Road", "productionCompany", "Lantern Hill Animation")}, id="company-made-the-film"),
    pytest.param("“Salt Road” is a hit, said Ada Quill, the general director of Nordvind Film, which produced the "
                 "series.", {("Salt Road", "productionCompany", "Nordvind Film")}, id="company-which-produced-w"),
    pytest.param("“Salt Road” opens Friday. It was produced by Harbour Light Films and opens in cinemas Friday.",
                 {("Salt Road", "productionCompany", "Harbour Light Films")}, id="produced-by-company-ner-took-for-a-title"),
    pytest.param("Tom Reyes starred in the Channel 4 thriller “Cold Harbour” in 2019.",
                 {("Cold Harbour", "network", "Channel 4")}, id="the-network-with-a-number-genre-w"),
    pytest.param("“Salt Road” is a new thriller. The movie is slated to be directed by Tom Reyes, who has worked "
                 "on films such as Night Roads (2020).", {("Salt Road", "director", "Tom Reyes")},
                 id="the-movie-is-slated-to-be-directed-by-x"),
    pytest.param("“Salt Road”, the debut feature from writer-director Ida Holm, has been acquired by Lionsgate.",
                 {("Salt Road", "writer", "Ida Holm"), ("Salt Road", "director", "Ida Holm")},
                 id="the-feature-from-writer-director-x"),
    pytest.param("“Quiet Harbour” will end after its third season. The show's creators, Ida Holm and Tom Reyes, "
                 "announced the news.", {("Quiet Harbour", "creator", "Ida Holm"),
                                         ("Quiet Harbour", "creator", "Tom Reyes")},
                 id="the-show-s-creators-a-and-b"),
    pytest.param("The network set its fall dates on Thursday. Rounding out the week, “Fire Lane” returns "
                 "Friday, Oct. 17, for its fourth season.",
                 {("Fire Lane season 4", "releaseDate", "2025-10-17"), ("Fire Lane season 4", "partOfSeries", "Fire Lane")},
                 id="w-returns-date-for-its-nth-season"),
    pytest.param("The network set its fall dates on Thursday. “Night Shift” will launch its eighth and final season "
                 "on Monday, Sept. 29.",
                 {("Night Shift season 8", "releaseDate", "2025-09-29"), ("Night Shift", "numberOfSeasons", 8)},
                 id="w-launches-its-nth-and-final-season-on-date"),
    # Appointments in executive news
    pytest.param("Before acting, Mara Lind worked as a paralegal at the Boston law firm Keller & Voss.",
                 {("Mara Lind", "jobTitle", "paralegal"), ("Mara Lind", "worksFor", "Keller & Voss")},
                 id="x-worked-as-a-job-at-the-firm-org"),
    pytest.param("After graduating, Tom Reyes worked as a script reader at Miramax and later as a development "
                 "executive at Warner Bros.",
                 {("Tom Reyes", "jobTitle", "script reader"), ("Tom Reyes", "worksFor", "Miramax"),
                  ("Tom Reyes", "jobTitle", "development executive"), ("Tom Reyes", "worksFor", "Warner Bros.")},
                 id="worked-as-a-at-b-and-later-as-c-at-d"),
    pytest.param("In 2022 Ida Holm co-founded the production company Bright Lane Films, of which she is president.",
                 {("Ida Holm", "jobTitle", "president"), ("Ida Holm", "worksFor", "Bright Lane Films")},
                 id="the-company-org-of-which-she-is-title"),
    pytest.param("Kate Lund will play Agnes Reid, a marine biologist who returns home. Ben Okoro plays Danny, "
                 "a wildfire smokejumper.",
                 {("Agnes Reid", "jobTitle", "biologist"), ("Danny", "jobTitle", "wildfire smokejumper")},
                 id="character-a-trade-noun-in-apposition"),
    pytest.param("“Night Bus” is based on Ida Holm's bestselling novel “The Last Tram”.",
                 {("Night Bus", "basedOn", "The Last Tram"), ("The Last Tram", "writer", "Ida Holm")},
                 id="based-on-x-s-novel-w"),
    pytest.param("Netflix's supernatural mystery “The Harrow Files” is expanding its ranks for its second season.",
                 {("The Harrow Files", "network", "Netflix")}, id="network-s-genre-noun-quoted-w"),
    pytest.param("Lund is best known for the Viaplay crime series “Nordlicht”.",
                 {("Nordlicht", "network", "Viaplay")}, id="the-streamer-genre-series-w"),
    pytest.param("“It is a gift,” said Amy Lund, president of CBS Entertainment.",
                 {("Amy Lund", "jobTitle", "president"), ("Amy Lund", "worksFor", "CBS Entertainment")},
                 id="title-of-a-known-network-s-division"),
    pytest.param("The film is produced by Element Pictures' Ed Garvey and Andrew Lowe alongside Kari Holm of the "
                 "Oslo-based Fjordlys Film.",
                 {("Ed Garvey", "worksFor", "Element Pictures"), ("Andrew Lowe", "worksFor", "Element Pictures"),
                  ("Kari Holm", "worksFor", "Fjordlys Film")}, id="company-s-people-and-person-of-company"),
    pytest.param("There she shepherded the FX series “Kagemusha” and “The Grill” from development through production.",
                 {("Kagemusha", "network", "FX"), ("The Grill", "network", "FX")}, id="the-network-series-a-and-b"),
    pytest.param("“Lamplight” is produced by Fiona Gale and Rory Finn of Dublin-based Brightwater Films.",
                 {("Fiona Gale", "worksFor", "Brightwater Films"), ("Rory Finn", "worksFor", "Brightwater Films")},
                 id="a-and-b-of-company"),
    pytest.param("Tom Reyes is a member of the Writers Guild and has taught screenwriting at the University of "
                 "Oregon since 2015.", {("Tom Reyes", "worksFor", "the University of Oregon")},
                 id="and-has-taught-a-subject-at-org"),
    pytest.param("Lee Jun began his career in theatre as a member of the Seoul-based Hanul Theatre Troupe.",
                 {("Lee Jun", "memberOf", "Hanul Theatre Troupe")}, id="began-as-a-member-of-org"),
    pytest.param("Salt Arcade is an American synth-pop band formed in Portland in 2009. The band consists of Ada "
                 "Kim (vocals, synthesizers), Theo Marsh (guitar) and Luca Ferro (drums).",
                 {("Ada Kim", "memberOf", "Salt Arcade"), ("Theo Marsh", "memberOf", "Salt Arcade"),
                  ("Luca Ferro", "memberOf", "Salt Arcade")}, id="the-band-consists-of-a-b-c-with-parts-in-brackets"),
    pytest.param("“Lamplight” is shooting in Donegal. The film is a co-production between Ireland and France.",
                 {("Lamplight", "countryOfOrigin", "Ireland"), ("Lamplight", "countryOfOrigin", "France")},
                 id="the-film-is-a-co-production-between-a-and-b"),
    pytest.param("“The Last Vintage” is a 1987 French-Italian drama film directed by Etienne Favre.",
                 {("The Last Vintage", "countryOfOrigin", "France"), ("The Last Vintage", "countryOfOrigin", "Italy")},
                 id="a-french-italian-film"),
    pytest.param("Ada Quill joins the cast. Ada Quill's recent credits include Netflix's “The Night Shift” and the "
                 "feature “Paper Kites.”", {("The Night Shift", "actor", "Ada Quill"), ("Paper Kites", "actor", "Ada Quill")},
                 id="x-s-recent-credits-include-a-and-b"),
    pytest.param("Tom Reyes joins. Tom Reyes is best known for the Viaplay crime series “Nordlicht.”",
                 {("Nordlicht", "actor", "Tom Reyes")}, id="x-is-best-known-for-w"),
    pytest.param("Ida Holm joins. Holm recently wrapped the independent feature “Saltwater.”",
                 {("Saltwater", "actor", "Ida Holm")}, id="x-recently-wrapped-w"),
    pytest.param("Ada Quill joins. Quill is a veteran of the Danish political drama “Borgen Hall.”",
                 {("Borgen Hall", "actor", "Ada Quill")}, id="x-is-a-veteran-of-w"),
    pytest.param("Ida Holm joins. Holm will next be seen opposite Mara Lind in the Hulu original movie “Plus One.”",
                 {("Plus One", "actor", "Ida Holm"), ("Plus One", "actor", "Mara Lind")},
                 id="x-will-next-be-seen-opposite-y-in-w"),
    pytest.param('“Lakeshore” is a new legal drama. It also stars Keisha Moore as head nurse Bernadette "Bernie" Cole.',
                 {("Keisha Moore", "plays", "Bernadette Cole"), ("Lakeshore", "character", "Bernadette Cole")},
                 id="a-name-with-a-quoted-nickname-ner-splits"),
    pytest.param('Noah Wyle won for his performance as Dr. Michael "Robby" Robinavitch in “The Pitt.”',
                 {("Noah Wyle", "plays", "Michael Robinavitch")}, id="a-name-with-a-quoted-nickname-ner-keeps"),
    pytest.param("Northwind Pictures has named Joanna Kessler president of its film division.",
                 {("Joanna Kessler", "jobTitle", "president"), ("Joanna Kessler", "worksFor", "Northwind Pictures")},
                 id="org-named-x-title"),
    pytest.param("Northwind Pictures names Joanna Kessler president in executive shake-up\n\nThe studio made the "
                 "announcement on Monday.",
                 {("Joanna Kessler", "jobTitle", "president"), ("Joanna Kessler", "worksFor", "Northwind Pictures")},
                 id="headline-org-names-x-title"),
    pytest.param("Fenella Ortiz steps up to head of film at Northwind Pictures.",
                 {("Fenella Ortiz", "jobTitle", "head of film"), ("Fenella Ortiz", "worksFor", "Northwind Pictures")},
                 id="x-steps-up-to-title-at-org"),
    pytest.param("Tom Reyes was promoted to chief operating officer.",
                 {("Tom Reyes", "jobTitle", "chief operating officer")}, id="x-was-promoted-to-title"),
    pytest.param("Joanna Kessler, who joined the company in 2015, replaces Tom Reyes as chairman.",
                 {("Joanna Kessler", "jobTitle", "chairman")}, id="x-replaces-y-as-title"),
    pytest.param("Northwind Pictures hired Mara Lind as head of comedy.",
                 {("Mara Lind", "jobTitle", "head of comedy"), ("Mara Lind", "worksFor", "Northwind Pictures")},
                 id="org-hired-x-as-title-of-field"),
    pytest.param("“We are delighted,” Mara Lind, HBO and Max content chief, said in a statement.",
                 {("Mara Lind", "jobTitle", "content chief"), ("Mara Lind", "worksFor", "HBO"),
                  ("Mara Lind", "worksFor", "Max")}, id="x-org-and-org-title"),
    pytest.param("\"Audiences fell for them,\" said HBO's head of drama Celeste Marlow.",
                 {("Celeste Marlow", "jobTitle", "head of drama"), ("Celeste Marlow", "worksFor", "HBO")},
                 id="org-s-head-of-field-name"),
    pytest.param("The studio also confirmed that Ines Marlow is joining as chief financial officer.",
                 {("Ines Marlow", "jobTitle", "chief financial officer")}, id="x-is-joining-as-title"),
    pytest.param("Tom Reyes joined Northwind Pictures as head of marketing in 2019.",
                 {("Tom Reyes", "jobTitle", "head of marketing"), ("Tom Reyes", "worksFor", "Northwind Pictures")},
                 id="x-joined-org-as-title"),
    # An episode and its series share a country of origin
    pytest.param("“Tin Lanterns” is the fourth episode of the second season of Harbour Men. It first aired on "
                 "the CBC network in Canada on March 3, 2012.",
                 {("Tin Lanterns", "countryOfOrigin", "Canada"), ("Harbour Men", "countryOfOrigin", "Canada")},
                 id="episode-aired-in-country-for-episode-and-series"),
    # Plot summaries: the names a story follows are its characters
    pytest.param("Harbour Lights is a 2016 drama film. The film follows Maren and Jory as they are forced to sell "
                 "the family boatyard.",
                 {("Harbour Lights", "character", "Maren"), ("Harbour Lights", "character", "Jory")},
                 id="the-film-follows-a-and-b"),
    pytest.param("Copper Saints\n\nCopper Saints is a 2009 adventure video game. The story follows the adventures of Tamsk, a young "
                 "cartographer, who maps a sinking city.",
                 {("Copper Saints", "character", "Tamsk")}, id="the-story-follows-the-adventures-of-x"),
    pytest.param("Salt Road is an 1881 novel by Ida Holm. The protagonist is Corvin, a disgraced notary who "
                 "returns to his village.",
                 {("Salt Road", "character", "Corvin")}, id="the-protagonist-is-x"),
    pytest.param("\"Tin Lanterns\" is the fourth episode of the second season of Harbour Men. The episode follows "
                 "Brian and Maud as they open a bakery. The episode was written by Brian Kessler.",
                 {("Harbour Men", "character", "Brian"), ("Tin Lanterns", "writer", "Brian Kessler")},
                 id="character-first-name-inside-writer-full-name"),
    pytest.param("Salt Road is an 1894 novel by Ida Holm. It is the last of four novels featuring the character "
                 "Corvin, a portrait of the author.", {("Salt Road", "character", "Corvin")},
                 id="novels-featuring-the-character-x"),
    pytest.param("Salt Road is an 1894 novel by Ida Holm. The protagonist is Corvin, a notary. Corvin had already "
                 "appeared in the novel \"Copper Saints\". In Salt Road, Corvin becomes a monk.",
                 {("Salt Road", "character", "Corvin"), ("Copper Saints", "character", "Corvin")},
                 id="character-appeared-in-w-and-in-w-character-becomes"),
    pytest.param("\"Tin Lanterns\" is an episode of the comedy series Harbour Men. The episode sees Maud Penhale "
                 "marry Jory. The episode's subplot, which sees Pip Lowry stay at a lighthouse, was cut.",
                 {("Harbour Men", "character", "Maud Penhale"), ("Harbour Men", "character", "Pip Lowry")},
                 id="the-episode-sees-x-do"),
    pytest.param("Salt Road is an 1894 novel by Ida Holm. The protagonist is Corvin, an escaped prisoner. He returns "
                 "to his step-brother Tamsin Vey, a baker and his wife Ada Quill, with whom he finds refuge.",
                 {("Salt Road", "character", "Tamsin Vey"), ("Salt Road", "character", "Ada Quill")},
                 id="a-character-s-kin-his-brother-x"),
    pytest.param("Salt Road is a Sanskrit political drama by Ida Holm. In the play, king Varsha decides to "
                 "surrender his queen Ilavati to an enemy when besieged.",
                 {("Salt Road", "character", "Varsha"), ("Salt Road", "character", "Ilavati")},
                 id="in-the-play-x-decides"),
    # A year between a studio's possessive and the work noun is no title
    pytest.param("Pip Lowry is a fictional character introduced in Netflix's 2019 animated film, The Paper Moon.",
                 {("The Paper Moon", "character", "Pip Lowry")}, id="studio-s-year-adjective-film-title"),
    # Production companies: "under the banner of", company names NER mistypes
    pytest.param("Harrow Lane is a 2011 Malayalam drama film directed by Ida Holm. The film is produced by "
                 "Tom Reyes under his banner Moonward Films.",
                 {("Harrow Lane", "productionCompany", "Moonward Films"), ("Harrow Lane", "producer", "Tom Reyes")},
                 id="produced-by-x-under-his-banner-company"),
    pytest.param("Harrow Lane\n\nHarrow Lane is a 2014 Tamil thriller film. It was made under the banner of "
                 "Orrery Works.",
                 {("Harrow Lane", "productionCompany", "Orrery Works")}, id="made-under-the-banner-of-company"),
    pytest.param("Harrow Lane\n\nHarrow Lane is a Canadian reality television series that is produced by "
                 "Quillflix.", {("Harrow Lane", "productionCompany", "Quillflix")}, id="produced-by-company-ner-took-for-place"),
    pytest.param("Pip Lowry is a main character who appears in Searchlight Pictures' 52nd animated feature film "
                 "The Paper Moon (2011).", {("The Paper Moon", "productionCompany", "Searchlight Pictures")},
                 id="studio-s-ordinal-animated-feature-film-title"),
    # Band members named by their part in an article about one band
    pytest.param("Tin Lanterns\n\nTin Lanterns is the second album by American punk rock band Salt Harbour. "
                 "It was financed by a loan from guitarist Oskar Brevik's father.",
                 {("Oskar Brevik", "memberOf", "Salt Harbour")}, id="guitarist-x-in-the-article-of-one-band"),
    pytest.param("\"Tin Lanterns\" is a song by English rock group Salt Harbour. Guitarist Oskar Brevik and singer "
                 "Mara Lind began writing it in 1975.",
                 {("Oskar Brevik", "memberOf", "Salt Harbour"), ("Mara Lind", "memberOf", "Salt Harbour")},
                 id="guitarist-a-and-singer-b-of-the-article-s-band"),
    # Employment stated by a verb: "worked for", "taught at"
    pytest.param("Ida Holm is an Italian composer. She taught at the Varela Conservatory for twenty years.",
                 {("Ida Holm", "worksFor", "Varela Conservatory")}, id="x-taught-at-the-institution"),
    pytest.param("Before directing, Tom Reyes worked for Netflix as a story editor.",
                 {("Tom Reyes", "worksFor", "Netflix")}, id="x-worked-for-company"),
    # Credits shared out by "with ... as" and "alongside"
    pytest.param("Copperfield Bay is a 2016 drama film. The film was produced by Tallow Street Pictures, with "
                 "Irene Vastola and Dmitri Ashcombe as producers, and distributed by Harlow Releasing.",
                 {("Copperfield Bay", "producer", "Irene Vastola"), ("Copperfield Bay", "producer", "Dmitri Ashcombe")},
                 id="produced-by-company-with-a-and-b-as-producers"),
    pytest.param("Harrow Point is a drama series created by Wendell Forsythe. It was produced by Ember Hill "
                 "Television, with Forsythe and Lucinda Marchetti as executive producers.",
                 {("Harrow Point", "producer", "Wendell Forsythe"), ("Harrow Point", "producer", "Lucinda Marchetti")},
                 id="with-surname-and-b-as-executive-producers"),
    pytest.param("Harrow Point is a drama series created by Clara Voss. Voss serves as showrunner, and she "
                 "and Forsythe are executive producers alongside Felix Brandauer.",
                 {("Harrow Point", "producer", "Felix Brandauer")}, id="she-and-b-are-producers-alongside-c"),
    pytest.param("Harrow Point is a drama series created by Clara Voss. Voss served as showrunner alongside "
                 "Felix Brandauer.", {("Harrow Point", "producer", "Felix Brandauer")},
                 id="a-served-as-showrunner-alongside-b"),
    # Production companies
    pytest.param("Copperfield Bay is a 2016 drama film. The film was a co-production of Canal Vert and the "
                 "Belgian company Riverlight Studios.",
                 {("Copperfield Bay", "productionCompany", "Canal Vert"),
                  ("Copperfield Bay", "productionCompany", "Riverlight Studios")},
                 id="co-production-of-a-and-the-company-b"),
    pytest.param("Copperfield Bay is a 2016 drama film. The film was produced by Tallow Street Pictures in "
                 "association with Morrow Lane Films.", {("Copperfield Bay", "productionCompany", "Tallow Street Pictures"),
                                                          ("Copperfield Bay", "productionCompany", "Morrow Lane Films")},
                 id="produced-by-a-in-association-with-b"),
    pytest.param("The Pale Coast is a Spanish drama series. Produced by Bambera Producciones, it premiered on "
                 "12 May 2021.", {("The Pale Coast", "productionCompany", "Bambera Producciones")},
                 id="fronted-produced-by-foreign-company-name"),
    pytest.param("Mara Quint is a Nigerian actress. In 2019 she co-founded the production company Tern Lake, of which "
                 "she is president; its first project, the drama series Salt Hymn, premiered on Netflix in 2021.",
                 {("Salt Hymn", "productionCompany", "Tern Lake")}, id="the-production-company-x-its-first-project-w"),
    pytest.param("\"Salt Hymn\" is an American drama series. Tallow Street Productions and Morrow Lane Films produce "
                 "the series for Apple.", {("Salt Hymn", "productionCompany", "Tallow Street Productions"),
                                           ("Salt Hymn", "productionCompany", "Morrow Lane Films")},
                 id="company-a-and-company-b-produce-w"),
    pytest.param("Tallow Street Pictures produced the Emmy-nominated HBO limited series \"Salt Hymn,\" starring Kevin "
                 "Doyle, and the Starz drama \"Paper Bells.\"",
                 {("Salt Hymn", "productionCompany", "Tallow Street Pictures"),
                  ("Paper Bells", "productionCompany", "Tallow Street Pictures")}, id="company-produced-w1-and-the-drama-w2"),
    pytest.param("Tallow Street Pictures produces HBO's \"Salt Hymn\" and Netflix's \"Paper Bells.\"",
                 {("Salt Hymn", "productionCompany", "Tallow Street Pictures"),
                  ("Paper Bells", "productionCompany", "Tallow Street Pictures")}, id="company-produces-w1-and-w2"),
    pytest.param("\"Salt Hymn\" is a 2019 drama film. The film is produced by Tallow Street Pictures' Daniel Harper and "
                 "Kevin Doyle.", {("Salt Hymn", "productionCompany", "Tallow Street Pictures")},
                 id="produced-by-company-s-a-and-b"),
    pytest.param("\"Salt Hymn\" is a 2019 drama film. It is produced by Daniel Harper of London-based Tallow Street "
                 "Pictures, alongside Kevin Doyle of Paris-based Morrow Lane Films.",
                 {("Salt Hymn", "productionCompany", "Tallow Street Pictures"),
                  ("Salt Hymn", "productionCompany", "Morrow Lane Films")}, id="produced-by-a-of-company-alongside-b-of-company"),
    # Distributors
    pytest.param("Copperfield Bay is a 2016 drama film. In March 2016, Larkspur Releasing acquired the film's "
                 "North American distribution rights.", {("Copperfield Bay", "distributor", "Larkspur Releasing")},
                 id="company-acquired-the-film-s-distribution-rights"),
    pytest.param("Copperfield Bay is a 2016 drama film. Larkspur Releasing bought a stake in Moss Hill in 2015 and "
                 "released the film on May 2, 2016.", {("Copperfield Bay", "distributor", "Larkspur Releasing")},
                 id="company-did-something-and-released-the-film"),
    pytest.param("Kevin Doyle most recently directed the thriller \"Cold Meridian,\" which Larkspur Pictures released "
                 "in 2023.", {("Cold Meridian", "distributor", "Larkspur Pictures")}, id="w-which-company-released"),
    pytest.param("Cold Meridian is a 2019 drama film. In 2018, Larkspur Pictures acquired the U.S. rights to the film.",
                 {("Cold Meridian", "distributor", "Larkspur Pictures")}, id="company-acquired-the-country-rights-to-the-film"),
    pytest.param("Larkspur Pictures' recent releases include Kevin Doyle's \"Salt Hymn,\" which won an award, and the "
                 "horror hit \"Paper Bells.\"", {("Salt Hymn", "distributor", "Larkspur Pictures"),
                                                 ("Paper Bells", "distributor", "Larkspur Pictures")},
                 id="company-s-releases-include-a-and-b"),
    pytest.param("She starred in the Larkspur Pictures release \"Salt Hymn.\"",
                 {("Salt Hymn", "distributor", "Larkspur Pictures")}, id="the-company-release-w"),
    # Sources and their authors
    pytest.param("The Hollow Orchard is a 2014 drama film. It is based on the novel Quiet Engines by Walter Finchley.",
                 {("The Hollow Orchard", "basedOn", "Quiet Engines"), ("Quiet Engines", "writer", "Walter Finchley")},
                 id="based-on-the-novel-w-by-x"),
    pytest.param("The Hollow Orchard is a 2014 drama film. It is based on the novel Summer at Juniper Creek by "
                 "Walter Finchley.", {("The Hollow Orchard", "basedOn", "Summer at Juniper Creek"),
                                      ("Summer at Juniper Creek", "writer", "Walter Finchley")},
                 id="based-on-the-novel-w-with-a-place-in-its-title-by-x"),
    pytest.param("The Hollow Orchard is a 2014 drama film directed by Pia Lund, based on Greta Maddox's novel The "
                 "Tenant of Ash Row.", {("The Tenant of Ash Row", "writer", "Greta Maddox")},
                 id="based-on-x-s-novel-w"),
    pytest.param("The Hollow Orchard is a 2014 drama film directed by Pia Lund from a screenplay by Lund and Ove "
                 "Strand.", {("The Hollow Orchard", "writer", "Pia Lund"), ("The Hollow Orchard", "writer", "Ove Strand")},
                 id="from-a-screenplay-by-a-and-b"),
    pytest.param("The Hollow Orchard is a 2014 drama film directed by Pia Lund. The screenplay, by Lund and Ove "
                 "Strand, is adapted from Greta Maddox's novel The Tenant of Ash Row.",
                 {("The Hollow Orchard", "writer", "Pia Lund"), ("The Hollow Orchard", "writer", "Ove Strand")},
                 id="the-screenplay-by-a-and-b-is-adapted-from"),
    pytest.param("Cold Meridian\n\nCold Meridian is a 2019 drama film directed by Sarah Mitchell. Mitchell wrote the "
                 "screenplay with Kevin Doyle.", {("Cold Meridian", "writer", "Sarah Mitchell"),
                                                  ("Cold Meridian", "writer", "Kevin Doyle")},
                 id="x-wrote-the-screenplay-with-b"),
    pytest.param("Pia Lund is a Danish film director. Her second film, The Hollow Orchard, which she co-wrote with Ove "
                 "Strand, was adapted from a novel by Greta Maddox.",
                 {("The Hollow Orchard", "writer", "Pia Lund"), ("The Hollow Orchard", "writer", "Ove Strand")},
                 id="w-which-she-co-wrote-with-b"),
    pytest.param("Tomas Ferrante is an American filmmaker. Ferrante created and executive produced the Hulu limited "
                 "series Cold Meridian (2021).", {("Cold Meridian", "creator", "Tomas Ferrante"),
                                                   ("Cold Meridian", "producer", "Tomas Ferrante")},
                 id="x-created-and-executive-produced-w"),
    pytest.param("Tomas Ferrante is an American filmmaker. He executive produced the Hulu limited series Cold "
                 "Meridian (2021).", {("Cold Meridian", "producer", "Tomas Ferrante")},
                 id="he-executive-produced-w"),
    pytest.param("\"Salt Hymn\" is an American drama series created by Daniel Harper. Harper executive produces "
                 "alongside Sarah Mitchell and Kevin Doyle.",
                 {("Salt Hymn", "producer", "Daniel Harper"), ("Salt Hymn", "producer", "Sarah Mitchell"),
                  ("Salt Hymn", "producer", "Kevin Doyle")}, id="x-executive-produces-alongside-a-and-b"),
    pytest.param("\"Salt Hymn\" is an American drama series. The series was created by Daniel Harper, a former "
                 "writer on ABC's \"Night Desk,\" who executive produces with Kevin Doyle and Sarah Mitchell.",
                 {("Salt Hymn", "producer", "Daniel Harper"), ("Salt Hymn", "producer", "Kevin Doyle"),
                  ("Salt Hymn", "producer", "Sarah Mitchell")}, id="created-by-x-who-executive-produces-with-a-and-b"),
    pytest.param("\"Salt Hymn\" is an American drama series. The series was created by Daniel Harper and Sarah "
                 "Mitchell, who also produce.", {("Salt Hymn", "producer", "Daniel Harper"),
                                                  ("Salt Hymn", "producer", "Sarah Mitchell")},
                 id="created-by-a-and-b-who-also-produce"),
    pytest.param("\"Salt Hymn\" is an American drama series created by Daniel Harper. Harbor Row Productions "
                 "produces.", {("Salt Hymn", "productionCompany", "Harbor Row Productions")},
                 id="company-produces-without-object"),
    pytest.param("Tin Lanterns is the third album by the band Harbour Lights. It was recorded in Leeds in 2014 with "
                 "the producer Dmitri Ashcombe, and was the band's first album after the departure of Kevin Doyle, "
                 "who had played drums on their debut album, Paper Bells (2011).",
                 {("Tin Lanterns", "producer", "Dmitri Ashcombe")}, id="it-was-recorded-with-the-producer-x"),
    pytest.param("\"Salt Hymn\" is an American drama series. The series was developed for television by Daniel "
                 "Harper, who serves as showrunner.", {("Salt Hymn", "producer", "Daniel Harper")},
                 id="developed-by-x-who-serves-as-showrunner"),
    pytest.param("\"Salt Hymn\" is an American drama series. The series was created by Kevin Doyle and Sarah "
                 "Mitchell, who serve as showrunners.", {("Salt Hymn", "producer", "Kevin Doyle"),
                                                          ("Salt Hymn", "producer", "Sarah Mitchell")},
                 id="created-by-a-and-b-who-serve-as-showrunners"),
    pytest.param("\"Salt Hymn\" is a 2019 drama film. It is produced by Daniel Harper of London-based Tallow Street "
                 "Pictures, alongside Kevin Doyle of Paris-based Morrow Lane Films.",
                 {("Salt Hymn", "producer", "Daniel Harper"), ("Salt Hymn", "producer", "Kevin Doyle")},
                 id="produced-by-a-alongside-b"),
    pytest.param("Kevin Doyle is an Irish actor. He starred in the drama \"Salt Hymn,\" which he also produced.",
                 {("Salt Hymn", "producer", "Kevin Doyle")}, id="the-drama-w-which-he-also-produced"),
    pytest.param("The Tin Compass\n\n\"The Tin Compass\" is the fourth episode of the drama series Harbor Lights. "
                 "The teleplay was written by Rosa Ibarra from a story by series co-creator Dale Whitcombe, and the "
                 "episode was directed by Noor Kassab.",
                 {("The Tin Compass", "writer", "Rosa Ibarra"), ("The Tin Compass", "writer", "Dale Whitcombe"),
                  ("The Tin Compass", "director", "Noor Kassab")}, id="the-teleplay-was-written-by-a-from-a-story-by-b"),
]

# Credits, networks and years in biographies and album articles.
MORE_CONSTRUCTIONS = [
    pytest.param("In the new drama, Nina Shell plays Mara Vell, a small-town detective with a secret.",
                 {("Mara Vell", "jobTitle", "small-town detective")}, id="a-hyphenated-title-keeps-its-first-word"),
    pytest.param("“Larkspur Bay” returns in January. Writers for the season include Ada Quill and Tom Reyes.",
                 {("Larkspur Bay", "writer", "Ada Quill"), ("Larkspur Bay", "writer", "Tom Reyes")},
                 id="role-nouns-include-a-and-b"),
    pytest.param("Peacock has released the first trailer for “Snowlark,” its six-part thriller. “Snowlark” was "
                 "created for television by Sunniva Berg (“Fjordline”), who also serves as head writer. The series "
                 "is directed by Halvard Moen.",
                 {("Snowlark", "director", "Halvard Moen"), ("Snowlark", "creator", "Sunniva Berg")},
                 id="the-series-is-not-a-bracketed-earlier-credit"),
    pytest.param("NBC renewed “The Night Shift” and canceled “Harbour Lane.” The show's current third season, which "
                 "consists of 18 episodes, is averaging 6.4 million viewers.",
                 {("Harbour Lane season 3", "numberOfEpisodes", 18)}, id="the-show-s-current-season-is-the-last-named-s"),
    pytest.param("“The Night Shift” stars Lorna Pikeman as Tess Corrigan, alongside Felix Danby as crime reporter Hugo "
                 "Barlow and Rupert Glenn as the paper's owner, Conrad Wexley.",
                 {("Hugo Barlow", "jobTitle", "crime reporter"), ("Rupert Glenn", "plays", "Conrad Wexley")},
                 id="as-title-y-and-next-actor-as"),
    pytest.param("Netflix has rounded out the ensemble for “The Surveyors,” its eight-episode drama series from "
                 "“Greywater” creator Alma Pryce.",
                 {("The Surveyors", "numberOfEpisodes", 8), ("Greywater", "creator", "Alma Pryce")},
                 id="a-title-labelling-a-person-is-not-the-sentence-s-work"),
    pytest.param("Brinewater Kings\nBrinewater Kings is an American crime drama television series created by Ruth Calder "
                 "and Simon Pike.\nBefore creating the show, Calder and Pike had spent six years as staff writers at "
                 "Northgate Entertainment.",
                 {("Ruth Calder", "jobTitle", "staff writer"), ("Simon Pike", "worksFor", "Northgate Entertainment")},
                 id="a-and-b-spent-years-as-staff-writers-at-company"),
    pytest.param("Pyaar Ka Pul\nPyaar Ka Pul is a 2014 Indian Hindi-language romantic drama film written and directed by "
                 "Sunil Varkey.\nSet in Jaipur, the film follows Arjun (Khanna), a tailor's son, and Zoya (Sethi), a "
                 "dance student from Pune.",
                 {("Pyaar Ka Pul", "character", "Arjun"), ("Pyaar Ka Pul", "character", "Zoya")},
                 id="set-in-place-the-film-follows-y-(x)"),
    # A bracketed earlier credit and a novel's title are not what the sentence credits
    pytest.param("Cameras Roll on 'The Paper Crown'\n\nPrincipal photography has begun in Budapest on “The Paper Crown,” "
                 "the period drama from Hungarian director Réka Sándor.\n\nSándor (“Chalk Lines”) directs from a "
                 "screenplay she co-wrote with British writer Daniel Hargreave, based on Rosalind Mayhew's 2017 novel "
                 "“The Clockmaker's Ward.”",
                 {("The Paper Crown", "writer", "Daniel Hargreave"), ("The Paper Crown", "basedOn", "The Clockmaker's Ward"),
                  ("The Clockmaker's Ward", "writer", "Rosalind Mayhew")},
                 id="x-(credit)-directs-from-a-screenplay-based-on-y-s-year-novel-w"),
    pytest.param("Marisol Vantreece has joined “Iron Gate,” a thriller. Bastien Morel (\"Emberline\") is directing "
                 "from a script by Ingrid Sallow and Owen Brightwell.",
                 {("Iron Gate", "director", "Bastien Morel"), ("Iron Gate", "writer", "Ingrid Sallow"),
                  ("Iron Gate", "writer", "Owen Brightwell")}, id="x-(credit)-is-directing-from-a-script-by"),
    # Episode counts in words, and seasons that have their own
    pytest.param("All told, “Pier Seven” will wrap its run with twenty-three episodes.",
                 {("Pier Seven", "numberOfEpisodes", 23)}, id="twenty-three-episodes"),
    pytest.param("“Harrow Lane” returned for its eight-episode third season on March 3, 2024.",
                 {("Harrow Lane season 3", "numberOfEpisodes", 8), ("Harrow Lane season 3", "releaseDate", "2024-03-03"),
                  ("Harrow Lane season 3", "partOfSeries", "Harrow Lane")}, id="its-n-episode-ordinal-season"),
    pytest.param("Midway through its eight-episode third season, “Harrow Lane” finally gave us the ledger.",
                 {("Harrow Lane season 3", "numberOfEpisodes", 8)}, id="its-season-before-the-series-is-named"),
    pytest.param("NBC has canceled “Pier Seven.” The series' 13-episode second season will play out in full.",
                 {("Pier Seven season 2", "numberOfEpisodes", 13)}, id="the-series-possessive-n-episode-season"),
    pytest.param("Marisol Vantreece has joined the cast of “Iron Gate,” the thriller from director Tom Reyes. "
                 "Vantreece will play Hattie Lorne, the young witness, while Nina Shell is set as Hester Crane, a "
                 "retired judge. The second season added Tomas Brandt as Elias Ferro, a rival captain.",
                 {("Nina Shell", "plays", "Hester Crane"), ("Tomas Brandt", "plays", "Elias Ferro")},
                 id="x-is-set-as-y-w-added-x-as-y"),
    pytest.param("'Iron Gate' Adds Three\n\nMarisol Vantreece has joined the cast of “Iron Gate,” the thriller from "
                 "director Tom Reyes.\n\nVantreece will play Hattie Lorne, the young witness.",
                 {("Iron Gate", "actor", "Marisol Vantreece"), ("Marisol Vantreece", "plays", "Hattie Lorne")},
                 id="a-full-name-ner-missed-before-its-surname-known-later"),
    # Cast: credits in brackets, reviews' verdicts, ranks NER leaves unlabelled
    pytest.param("“Lantern Bay,” the new drama from Netflix, stars Ada Quill (“The Hollow Year”) as Inspector Mara "
                 "Lind, a Bergen detective drawn into a murder case.",
                 {("Ada Quill", "plays", "Mara Lind"), ("Lantern Bay", "character", "Mara Lind")},
                 id="stars-x-(earlier-credit)-as-y"),
    pytest.param("'Salt Meadow' Review: A Quiet Triumph\n\nThere is a moment in “Salt Meadow” when the farmer wades "
                 "out at low tide.\n\nOpposite him, Niamh Doran is terrific as Brid, Declan's blunt older sister. "
                 "Cormac Leland is a revelation as Father Emlyn, the parish priest.",
                 {("Niamh Doran", "plays", "Brid"), ("Cormac Leland", "plays", "Father Emlyn")},
                 id="x-is-terrific-as-y-x-is-a-revelation-as-y"),
    pytest.param("Returning cast members include Sven Arvik as Police Chief Jens Vorland, Karin Moe as Vorland's "
                 "mother, Sigrid, and Pål Stene as Jonas.",
                 {("Sven Arvik", "plays", "Jens Vorland"), ("Jens Vorland", "jobTitle", "police chief")},
                 id="x-as-modified-rank-y-unlabelled"),
    pytest.param("“Blue Lantern” is a 2019 South Korean film.", {("Blue Lantern", "countryOfOrigin", "South Korea")},
                 id="a-two-word-demonym-names-its-country"),
    # Producers in the present progressive, and the companies they produce for
    pytest.param("Ada Quill has joined the cast of “Iron Gate,” the thriller from director Tom Reyes. Sam Okoro and "
                 "Lena Park are producing for Harbour Light Films, alongside Quill for her Copperline Productions "
                 "banner.",
                 {("Iron Gate", "producer", "Sam Okoro"), ("Iron Gate", "producer", "Lena Park"),
                  ("Iron Gate", "productionCompany", "Harbour Light Films"),
                  ("Iron Gate", "productionCompany", "Copperline Productions")},
                 id="a-and-b-are-producing-for-company-alongside-c-for-her-banner"),
    pytest.param("Ada Quill has joined the cast of “Iron Gate,” the thriller from director Tom Reyes. Dana Birch is "
                 "executive producing. Northwind Films is co-producing.",
                 {("Iron Gate", "producer", "Dana Birch"), ("Iron Gate", "productionCompany", "Northwind Films")},
                 id="x-is-executive-producing-company-is-co-producing"),
    # A name hyphened to a credit's participle
    pytest.param("Rounding out the top five was the Lionsgate release “Highland,” the Dale Pruett-directed disaster "
                 "film, with $5.9 million.", {("Highland", "director", "Dale Pruett")}, id="w-the-x-directed-film"),
    pytest.param("Netflix ordered the Ada Quill-produced series “Salt Bay” in May.",
                 {("Salt Bay", "producer", "Ada Quill")}, id="the-x-produced-series-w"),
    # Awards: the category is the winner's credit on the work
    pytest.param("Ada Quill won best actress for “Salt Bay.”", {("Salt Bay", "actor", "Ada Quill")},
                 id="x-won-best-actress-for-w"),
    pytest.param("Best director went to Marta Kowalski for “Winter Line,” a taut thriller.",
                 {("Winter Line", "director", "Marta Kowalski")}, id="best-director-went-to-x-for-w"),
    pytest.param("The winners were announced on Sunday.\nBest Actress: Anna Kovacs, “The Linen Field”\n"
                 "Best Director: Tom Reyes, “Night Gate”",
                 {("The Linen Field", "actor", "Anna Kovacs"), ("Night Gate", "director", "Tom Reyes")},
                 id="list-of-winners-category-x-w"),
    # Executive moves as the trade press reports them
    pytest.param("HBO has named Ada Quill president of television.",
                 {("Ada Quill", "jobTitle", "president of television"), ("Ada Quill", "worksFor", "HBO")},
                 id="org-named-x-title-parsed-as-one-noun-phrase"),
    pytest.param("Tessa Marlow joined Northwind Studios in 2016. Marlow, who most recently served as executive vice "
                 "president of drama at Copperline Media, will oversee the slate.",
                 {("Tessa Marlow", "worksFor", "Northwind Studios"), ("Tessa Marlow", "worksFor", "Copperline Media"),
                  ("Tessa Marlow", "jobTitle", "executive vice president of drama")},
                 id="x-joined-org-and-who-served-as-title-at-org"),
    pytest.param("Northwind Studios promoted Carla Mendes to executive vice president of drama development.",
                 {("Carla Mendes", "jobTitle", "executive vice president of drama development"),
                  ("Carla Mendes", "worksFor", "Northwind Studios")}, id="org-promoted-x-to-title"),
    pytest.param("Northwind Studios also named Lena Park chief operating officer of its television group.",
                 {("Lena Park", "jobTitle", "chief operating officer"), ("Lena Park", "worksFor", "Northwind Studios")},
                 id="org-named-x-title-of-its-group"),
    pytest.param("Lena Park joins Northwind Studios from Lionsgate, where she was executive vice president of "
                 "business affairs.",
                 {("Lena Park", "worksFor", "Lionsgate"), ("Lena Park", "worksFor", "Northwind Studios"),
                  ("Lena Park", "jobTitle", "executive vice president of business affairs")},
                 id="x-joins-from-org-where-she-was-title"),
    pytest.param("Owen Pratt, the studio's head of comedy, is departing to join Harbour Television Studios as senior "
                 "vice president of comedy.",
                 {("Owen Pratt", "worksFor", "Harbour Television Studios"),
                  ("Owen Pratt", "jobTitle", "senior vice president of comedy")}, id="x-is-leaving-to-join-org-as-title"),
    pytest.param("Tessa Marlow, who began her career as an assistant at Creative Artists Agency, now runs the studio.",
                 {("Tessa Marlow", "jobTitle", "assistant"), ("Tessa Marlow", "worksFor", "Creative Artists Agency")},
                 id="began-her-career-as-title-at-org"),
    pytest.param("The deal was signed by HBO chairman and CEO Ada Quill on Monday.",
                 {("Ada Quill", "jobTitle", "chairman and ceo"), ("Ada Quill", "worksFor", "HBO")},
                 id="org-title-and-title-x"),
    pytest.param("Tom Reyes, president and chief executive of Harbour Films, said the film was late.",
                 {("Tom Reyes", "jobTitle", "president and chief executive"), ("Tom Reyes", "worksFor", "Harbour Films")},
                 id="x-title-and-title-of-org"),
    pytest.param("Ada Quill, president of scripted programming for Northwind Media, said the show was a hit.",
                 {("Ada Quill", "jobTitle", "president of scripted programming"),
                  ("Ada Quill", "worksFor", "Northwind Media")}, id="x-title-of-area-for-org"),
    # Credits with a pronoun subject
    pytest.param("Oskar Brevik is a Norwegian actor and director. He wrote and directed the film “Salt Meadow”, "
                 "released in 2010.", {("Salt Meadow", "director", "Oskar Brevik"), ("Salt Meadow", "writer", "Oskar Brevik")},
                 id="he-wrote-and-directed-the-film-w"),
    # Networks named before a work noun
    pytest.param("Oskar Brevik narrated Pip and Friends, a Showtime children's television programme that ran for "
                 "40 episodes.", {("Pip and Friends", "network", "Showtime")}, id="w-a-network-s-programme"),
    pytest.param("She is known for comic roles in shows such as the Showtime's Night Shift and with Tom Reyes in "
                 "Harbour Lights as a waitress.", {("Night Shift", "network", "Showtime")},
                 id="network-s-title-and-with-x-ends-the-title"),
    # A filmmaker's name before the title
    pytest.param("Tom Reyes is a Danish actor. He has also appeared in Mara Lind's Salt Meadow (2008) and Harbour "
                 "Lights (2010).", {("Salt Meadow", "releaseDate", "2008"), ("Salt Meadow", "actor", "Tom Reyes")},
                 id="person-s-title-(year)"),
    pytest.param("He sang in the Ida Holm film “Copper Saints”.", {("Copper Saints", "director", "Ida Holm")},
                 id="the-person-film-w"),
    # Years before titles
    pytest.param("It consists of music videos released by Mara Lind from 1983's “Stop the Clock” to 1997's “Daybreak”.",
                 {("Stop the Clock", "releaseDate", "1983"), ("Daybreak", "releaseDate", "1997")},
                 id="from-year-s-w-to-year-s-v"),
    # Lists of directed works
    pytest.param("Ida Holm won wide acclaim for directing the harbour trilogy (1991 – 96), Salt Meadow (1999), Copper "
                 "Saints (2003) – which won the Golden Bear that year – and Paper Moon (2007).",
                 {("Salt Meadow", "director", "Ida Holm"), ("Copper Saints", "director", "Ida Holm"),
                  ("Paper Moon", "director", "Ida Holm")}, id="acclaim-for-directing-w-(year)-aside-and-v"),
    # A song's year from its album
    pytest.param('"Paper Lanterns" is a song by Danish singer Mara Lind, taken from her second studio album Harbour '
                 'Lights (2014).', {("Paper Lanterns", "releaseDate", "2014"), ("Harbour Lights", "releaseDate", "2014")},
                 id="song-taken-from-album-w-(year)"),
    # Roles in works the parser hangs from the verb
    pytest.param("Pia Sund is a Swedish actress. She is also famed for her many comedic roles in shows such as the "
                 "Showtime's Night Shift and Harbour Lights.",
                 {("Night Shift", "actor", "Pia Sund"), ("Harbour Lights", "actor", "Pia Sund")},
                 id="famed-for-her-roles-in-shows-such-as-w-and-v"),
    # A title NER took for a person, in apposition to a work noun
    pytest.param("Oskar Brevik is a Norwegian actor and director. He wrote and directed the film Salt Meadow, released "
                 "in 2010.", {("Salt Meadow", "director", "Oskar Brevik"), ("Salt Meadow", "releaseDate", "2010")},
                 id="the-film-person-like-title"),
    # An episode's credits: coordinated passives, a showrunner's surname, "the series" past a named episode
    pytest.param("“Salt Meadow” is the tenth episode of the drama series Harbour Lights. The episode was written by "
                 "showrunner Mara Lind and directed by Tom Reyes, making it the first episode Lind has written since "
                 "the season four finale “Paper Moon”. The installment marked the final appearance of the series' "
                 "lead character, Ada Quill (Pia Sund).",
                 {("Salt Meadow", "director", "Tom Reyes"), ("Salt Meadow", "writer", "Mara Lind"),
                  ("Harbour Lights", "producer", "Mara Lind"), ("Harbour Lights", "character", "Ada Quill")},
                 id="episode-written-by-showrunner-a-and-directed-by-b"),
    # "It" past a title the parser took from a bracketed aside
    pytest.param("Salt Meadow\n\nSalt Meadow, released abroad as Night Shift (from the phrase Der Sommerweg, a line "
                 "of a poem) is a 1972 Italian drama film directed by Tom Reyes.\nIt is starred and produced by Mara "
                 "Lind.", {("Salt Meadow", "actor", "Mara Lind"), ("Salt Meadow", "producer", "Mara Lind")},
                 id="it-after-w-(from-the-phrase-v)-is-a-film"),
    # "the screenplay for W"
    pytest.param("Mara Lind is an American film director. She went on to direct and write the screenplay for The "
                 "Business of Salt in 2001, which earned her a nomination.",
                 {("The Business of Salt", "director", "Mara Lind"), ("The Business of Salt", "writer", "Mara Lind"),
                  ("The Business of Salt", "releaseDate", "2001")}, id="direct-and-write-the-screenplay-for-w"),
    # "the 2004 film, W and 2006 film V"
    pytest.param("Tom Reyes is a Thai actor. He then went on to leading roles in the 2004 film, Born to Run and 2006 "
                 "film Copper Saints.", {("Born to Run", "releaseDate", "2004")}, id="the-year-film-comma-w-and-year-film-v"),
    # "A produced W with B"
    pytest.param("Salt Meadow is the second album by Tom Reyes. Reyes produced the album with Oskar Brevik in a week.",
                 {("Salt Meadow", "producer", "Tom Reyes"), ("Salt Meadow", "producer", "Oskar Brevik")},
                 id="a-produced-w-with-b"),
    # "written by and starring X"
    pytest.param("Salt Meadow is an American series of action films written by and starring Tom Reyes.",
                 {("Salt Meadow", "writer", "Tom Reyes"), ("Salt Meadow", "actor", "Tom Reyes")},
                 id="written-by-and-starring-x"),
    # "Her most recent directorial was W", "her" past a name in passing
    pytest.param("Mara Lind is an Indian director. She wrote and directed the film Paper Moon in 2013. Her second "
                 "directorial venture Night Shift (2012) was a hit. Her first script for another director was Copper "
                 "Saints (2015), directed by Tom Reyes. Her most recent directorial was Salt Meadow (2016).",
                 {("Salt Meadow", "director", "Mara Lind"), ("Paper Moon", "writer", "Mara Lind")},
                 id="her-most-recent-directorial-was-w"),
    # Titles NER took for a person or a year
    pytest.param("Tom Reyes is an American actor. On television, he had a recurring role on The Mancusos as Agent Pip "
                 "Lowry, and guest starred on such shows as Harbour.", {("The Mancusos", "actor", "Tom Reyes")},
                 id="role-on-the-person-like-title-as-role"),
    pytest.param("Pip Lowry is a fictional character introduced in Lionsgate's 1967 animated musical film, The Copper "
                 "Road. Pip was voiced by Tom Reyes in the original 1967 film.",
                 {("The Copper Road", "actor", "Tom Reyes")}, id="network-s-year-is-no-title"),
    # "Some of X's other directorial credits include A (2014), B (2019) and C (2022)"
    pytest.param("Mara Lind is a Danish director. Some of Lind's other directorial credits include Paper Moon (2014), "
                 "Salt Meadow (2019) and Copper Saints (2022).",
                 {("Salt Meadow", "director", "Mara Lind"), ("Copper Saints", "director", "Mara Lind")},
                 id="some-of-x-s-directorial-credits-include-a-b-and-c"),
    # "A and executive producer B, who also directed W"
    pytest.param("Lena Oduya (Priya) and executive producer Tom Reyes, who also directed last night's episode of "
                 "“Harbour Lights,” spoke after the finale.", {("Harbour Lights", "director", "Tom Reyes")},
                 id="a-and-producer-b-who-also-directed-w"),
    # "since its inception in 2019"
    pytest.param("Mara Lind, who has worked as the Starz drama's showrunner since its inception in 2019, has stepped away "
                 "from “Harbour Lights”.", {("Harbour Lights", "releaseDate", "2019")}, id="since-its-inception-in-year"),
    # "said A, showrunner and executive producer and B, director of multiple episodes"
    pytest.param("“We are thrilled to begin,” said Mara Lind, showrunner and executive producer and Tom Reyes, director "
                 "of multiple episodes and executive producer of “Harbour Lights”.",
                 {("Harbour Lights", "director", "Tom Reyes"), ("Harbour Lights", "producer", "Mara Lind")},
                 id="a-role-and-b-comma-role"),
    # "directed and co-written by X" (the tokeniser splits "co-written")
    pytest.param("Night Shift\n\nNight Shift is a 2011 Indian Malayalam-language thriller film directed and co-written "
                 "by Mara Lind. It stars Oskar Brevik, Pia Sund and Caleb Strand in the lead roles.",
                 {("Night Shift", "director", "Mara Lind"), ("Night Shift", "writer", "Mara Lind")},
                 id="directed-and-co-written-by-x"),
    # "her roles in the films W (1995) and V (1999)" (the parse hangs W on "roles")
    pytest.param("Lena Oduya\n\nLena Oduya (born 4 May 1970) is a Kenyan actress. She is best known for her roles in "
                 "the films Paper Moon (1995) and Copper Saints (1999).",
                 {("Paper Moon", "actor", "Lena Oduya"), ("Copper Saints", "actor", "Lena Oduya")},
                 id="her-roles-in-the-films-w-(year)-and-v-(year)"),
    # A role list's title holding a name typed elsewhere ("nurse Mara" ... "The Mara Holm Files")
    pytest.param("Pia Sund is an English actress. She is often known for playing loveable characters such as nurse Mara "
                 "in Night Shift and Ida Quill in The Mara Holm Files for Channel 4.",
                 {("The Mara Holm Files", "actor", "Pia Sund"), ("The Mara Holm Files", "character", "Ida Quill")},
                 id="role-list-title-holding-a-character-s-name"),
    # "W for Channel 4"
    pytest.param("Pia Sund is an English actress. She is often known for playing loveable characters such as nurse Mara "
                 "in Night Shift and Ida Quill in The Mara Holm Files for Channel 4.",
                 {("The Mara Holm Files", "network", "Channel 4")}, id="w-for-the-network"),
    # "Her first script for another director was W (2015)"
    pytest.param("Mara Lind is an Indian actor and screenwriter. Her first script for another director was Copper "
                 "Saints (2015), directed by Tom Reyes.", {("Copper Saints", "writer", "Mara Lind")},
                 id="her-first-script-was-w"),
    # '"W" (1981)': the year after the closing quote
    pytest.param('Salt Harbour was an American soul project formed in 1979 that enjoyed success with "Paper Moon (In a '
                 'Night Mood)" (1979) and "Ain\'t No Harbour Wide Enough" (1981).',
                 {("Ain't No Harbour Wide Enough", "releaseDate", "1981")}, id="quoted-title-(year)"),
    # "opens with A (B)": "with" lists cast only where a verb says so, not the noun "star"
    pytest.param('Netflix has dated "Harrow Fen". The season opens with Wilma (Jody Akerlund), the show\'s '
                 'overlooked heroine, finally getting her chance, only for the star, Petra Hallgren, to refuse '
                 'to leave.', {("Jody Akerlund", "plays", "Wilma"), ("Harrow Fen", "character", "Wilma")},
                 id="opens-with-character-(actor)"),
    # "Y, played with relish by X,": a manner phrase before the agent
    pytest.param('Netflix has dated "Harrow Fen". Her sister Maeve, played with a sour wit by Lottie Barrand, '
                 'would sooner burn the place down.',
                 {("Lottie Barrand", "plays", "Maeve"), ("Harrow Fen", "actor", "Lottie Barrand")},
                 id="y-played-with-manner-by-x"),
    # "A plays X, Edwin's daughter, and B appears as Y"
    pytest.param('Netflix has dated "Harrow Fen". Dale Whitcombe plays Kora, Edwin\'s daughter, a police officer '
                 'on the mainland, and the Swedish actor Mette Lund appears as Sigrid, the island\'s shopkeeper.',
                 {("Dale Whitcombe", "plays", "Kora"), ("Mette Lund", "plays", "Sigrid")},
                 id="plays-x-owner's-kin-and-b-appears-as-y"),
    # "is attached to star as Y", "star" read as a noun after "to"
    pytest.param('Netflix is adapting the novel "Harrow Fen". Mae Underhill, who made her debut last year in the '
                 'short "Red Kite," is attached to star as Yaa, the granddaughter at the heart of the story.',
                 {("Mae Underhill", "plays", "Yaa"), ("Harrow Fen", "character", "Yaa")},
                 id="attached-to-star-as-y"),
    # "Y (X)" where NER took the character for a place
    pytest.param('A subplot involving Old Corwin (Dale Whitcombe), a retired miner, feels like a leftover in '
                 '"Harrow Fen".', {("Dale Whitcombe", "plays", "Old Corwin"), ("Harrow Fen", "character", "Old Corwin")},
                 id="place-like-character-(actor)"),
    # obituaries: "made his screen debut as the runaway Y in W", "He was memorable as the half-blind Y in W"
    pytest.param('Tomas Wierzba trained at the theatre school and made his screen debut as the runaway Jurek in '
                 '"Ashes of Monday" (1968).',
                 {("Tomas Wierzba", "plays", "Jurek"), ("Ashes of Monday", "character", "Jurek")},
                 id="screen-debut-as-described-y"),
    pytest.param('Tomas Wierzba was born in 1950. He was memorable as the half-blind Old Tobin in "Lamp Keepers" (2009).',
                 {("Tomas Wierzba", "plays", "Old Tobin"), ("Lamp Keepers", "actor", "Tomas Wierzba")},
                 id="he-was-memorable-as-hyphen-described-y"),
    # 'W (1968), a drama directed by X': the indefinite description is W's
    pytest.param('Tomas Wierzba, Star of "The Tin Regiment," Dies at 79\n\nWierzba made his debut in "Ashes of '
                 'Monday" (1968), a drama directed by Pawel Nowak.', {("Ashes of Monday", "director", "Pawel Nowak")},
                 id="w-(year)-a-drama-directed-by-x"),
    # "The series" a few sentences after the work a paragraph was about
    pytest.param('"Harrow Fen" Canceled at Hulu; "Salt Lanterns" Renewed\n\nHulu has canceled the drama "Harrow '
                 'Fen" after two seasons, while renewing the comedy "Salt Lanterns."\n\n"Harrow Fen," which was '
                 'created by Ida Roane, debuted in March 2024. Its second season rolled out in April. The show ends '
                 'with 18 episodes.\n\nThe series starred Petra Hallgren as Maeve Ashby.\n\n"Salt Lanterns" is a '
                 'comedy. "Salt Lanterns" returns in May. "Salt Lanterns" was created by Mae Underhill.',
                 {("Harrow Fen", "character", "Maeve Ashby")}, id="the-series-means-the-subject-further-back"),
    # fronted participles around a whose-phrase: the main clause's "the film", and "with" a co-writer
    pytest.param('A24 will open "Salt Meadow" in June. Directed by Ida Roane, whose 2019 debut "Neap Water" announced '
                 'a filmmaker, and written by Roane with Tom Reyes, the film is loosely adapted from "Saltwort," the '
                 '2016 short-story collection by Mae Underhill.',
                 {("Salt Meadow", "director", "Ida Roane"), ("Salt Meadow", "writer", "Ida Roane"),
                  ("Salt Meadow", "writer", "Tom Reyes"), ("Salt Meadow", "basedOn", "Saltwort"),
                  ("Saltwort", "writer", "Mae Underhill")}, id="directed-by-whose-and-written-by-with-the-film"),
    # '"W," the 2016 graphic novel by the Japanese artist X'
    pytest.param('The script is based on "Nightbird: The Descent," the 2016 graphic novel by the Japanese artist '
                 'Ken Ohara.', {("Nightbird: The Descent", "writer", "Ken Ohara")}, id="w-the-novel-by-the-artist-x"),
    # a list of winners with two names
    pytest.param('The Critics Guild named its winners.\n\nBest Screenplay: Ida Roane and Tom Reyes, "Third Frost"',
                 {("Third Frost", "writer", "Ida Roane"), ("Third Frost", "writer", "Tom Reyes")},
                 id="best-screenplay:-a-and-b,-w"),
    # the companies around a producer: "for" a maker or a network, "through", "in co-production with"
    pytest.param('Salt Meadow is a 1987 American crime film. It was produced by Joel Stern for Ridgeline Pictures '
                 'and released by Orion Pictures on September 18, 1987.',
                 {("Salt Meadow", "productionCompany", "Ridgeline Pictures"),
                  ("Salt Meadow", "producer", "Joel Stern")}, id="produced-by-a-for-company"),
    pytest.param('The Winter Court\n\nThe Winter Court is a British miniseries. The miniseries was produced by '
                 'Nordmark Screen Productions for ITV in co-production with the American broadcaster PBS.',
                 {("The Winter Court", "network", "ITV"), ("The Winter Court", "productionCompany", "PBS"),
                  ("The Winter Court", "productionCompany", "Nordmark Screen Productions")},
                 id="produced-by-c-for-network-in-co-production-with"),
    pytest.param('Hexbound\n\nHexbound is a 2019 fantasy film directed by Piotr Vosk. It was produced by Vosk and '
                 'Ingrid Baumann through Constantin Film and Alliance Atlantis.',
                 {("Hexbound", "productionCompany", "Constantin Film"),
                  ("Hexbound", "productionCompany", "Alliance Atlantis"), ("Hexbound", "producer", "Piotr Vosk")},
                 id="produced-by-a-and-b-through-companies"),
    # "the series" after a who-clause naming the writer's other work
    pytest.param('Apple TV+ has dated "The Mappers", a series based on the podcast "Cold Vault". The series is '
                 'written by Ida Roane, who also created "Cold Vault". The series is produced by Bellwether House '
                 'for Apple TV+.', {("The Mappers", "productionCompany", "Bellwether House"),
                                    ("The Mappers", "network", "Apple TV+")}, id="the-series-past-a-who-clause-work"),
    # bands: "a band formed by vocalist A and guitarist B", "the rock band the X" (a name NER missed)
    pytest.param('Hollow Reeds\n\nHollow Reeds were an Australian post-punk band formed in Melbourne in 1981 by '
                 'vocalist Ivan Stroud and guitarist Nell Quinn. Quinn had been in the Sydney group the Pale '
                 'Divers.',
                 {("Ivan Stroud", "memberOf", "Hollow Reeds"), ("Nell Quinn", "memberOf", "Hollow Reeds")},
                 id="band-formed-by-players"),
    pytest.param('The Wrens\n\nThe Wrens are a British indie band. The band was formed in 2004 by singer Ada Holm '
                 'and drummer Tom Reyes, who had toured with the punk band the Salt Pilots.',
                 {("Tom Reyes", "memberOf", "The Wrens")}, id="the-band-was-formed-by"),
    pytest.param('Cinder Hymns\n\nCinder Hymns is the third studio album by the American indie rock band the '
                 'Lanternfly, released on April 14, 2009. It is the last Lanternfly album to feature keyboardist '
                 'Mira Dufour.', {("Mira Dufour", "memberOf", "Lanternfly")}, id="the-band-the-x"),
    # "broadcast by" a network
    pytest.param('Salt Bay\n\nSalt Bay is an Australian soap opera created by Ann Tibb. The serial was broadcast in the '
                 'United Kingdom by Channel 5.', {("Salt Bay", "network", "Channel 5")}, id="broadcast-by-network"),
    # "Series: Subtitle" titles in a list, which the parser cut at each colon
    pytest.param('Wolfsbane\n\nWolfsbane is an Irish fantasy film series consisting of three films: Wolfsbane: The '
                 'Iron Crown (2009) and Wolfsbane: The Drowned King (2012), both directed by Ruari Mac Suibhne, and '
                 'Wolfsbane: The Last Hosting (2016), directed by Helena Strauss.',
                 {("Wolfsbane: The Drowned King", "director", "Ruari Mac Suibhne"),
                  ("Wolfsbane: The Last Hosting", "director", "Helena Strauss")}, id="series:-subtitle-titles"),
    # "<network>'s recent cancellations also include A and B": the list noun is the verb's subject
    pytest.param('Hulu\'s recent cancellations also include the comedy "Room Service Blues" and the docuseries "Night '
                 'Kings," both of which ended after a single season.',
                 {("Room Service Blues", "network", "Hulu"), ("Night Kings", "network", "Hulu")},
                 id="network's-cancellations-include-a-and-b"),
    # a review's fronted "Played by X, Y is ...": the main clause's subject is the character
    pytest.param('"Salt Meadow" Review: A Family Drama\n\nPlayed by Tom Reyes, Abel Hale is her son.',
                 {("Tom Reyes", "plays", "Abel Hale"), ("Salt Meadow", "character", "Abel Hale")},
                 id="played-by-x-y-is"),
    # casting news: 'B ("Earlier Show") is Y, ...' after a casting sentence
    pytest.param('Peacock has set the cast of "Gull Harbour". Hanna Ziel will lead the cast as Wren Tabor, a harbor '
                 'pilot. Paloma Ruiz ("Las Olas") is Inez Tabor, Wren\'s younger sister, who returns to town.',
                 {("Paloma Ruiz", "plays", "Inez Tabor"), ("Gull Harbour", "actor", "Paloma Ruiz")},
                 id="credited-actor-is-y"),
    # "a COMPANY production": the company made the work the noun describes or the sentence is about
    pytest.param('Tessa Grail stars in "Sorrel Bay." The film is a Greywater Pictures production in association with '
                 'Ridgeway Films.',
                 {("Sorrel Bay", "productionCompany", "Greywater Pictures"),
                  ("Sorrel Bay", "productionCompany", "Ridgeway Films")}, id="a-company-production"),
    pytest.param('Sorrel Bay Opens to $12 Million\n\n"Sorrel Bay," the new thriller from director Hana Kowalczyk, '
                 'opened to $12 million this weekend. Kowalczyk directed the Greywater Pictures production, which '
                 'stars Tom Ashby as a fisherman who finds a body.',
                 {("Sorrel Bay", "productionCompany", "Greywater Pictures")}, id="directed-the-company-production"),
    # "a member of C" said of a pronoun, a fronted phrase's subject, the elected
    pytest.param('Harriet Olsson is a Swedish singer. She is a member of SAG-AFTRA and has served on the union '
                 'committee since 2018.', {("Harriet Olsson", "memberOf", "SAG-AFTRA")}, id="she-is-a-member-of"),
    pytest.param('Tobias Lund is a Danish producer. A member of the production trio Night Ferry, he has written '
                 'songs for artists across Europe. In 2021 he was elected a member of the Royal Danish Academy of '
                 'Music.', {("Tobias Lund", "memberOf", "Night Ferry"),
                            ("Tobias Lund", "memberOf", "the Royal Danish Academy of Music")},
                 id="fronted-and-elected-member-of"),
    # the people apposed to "members": "whose members A and B", "the X members A and B", "X member A"
    pytest.param('Moon Harbor was the debut album of the rap group Delta Kings, whose members Marcus Heywood and '
                 'Darnell Pryce later became producers.',
                 {("Marcus Heywood", "memberOf", "Delta Kings"), ("Darnell Pryce", "memberOf", "Delta Kings")},
                 id="whose-members-a-and-b"),
    pytest.param('The Velvet Kites members Ana Brook and Joel Marr wrote the song.',
                 {("Ana Brook", "memberOf", "Velvet Kites"), ("Joel Marr", "memberOf", "Velvet Kites")},
                 id="band-members-a-and-b"),
    pytest.param('Velvet Kites member Lee Soo-bin wrote the song with Kim Da-eun.',
                 {("Lee Soo-bin", "memberOf", "Velvet Kites")}, id="band-member-a"),
    # a maker's noun, a name and a bracketed title: the earlier work in that role
    pytest.param('Principal photography is underway on "Cold Lantern," the English-language debut of Dutch '
                 'filmmaker Anouk Jansen ("Tinder Psalms").',
                 {("Tinder Psalms", "director", "Anouk Jansen"), ("Cold Lantern", "director", "Anouk Jansen")},
                 id="filmmaker-x-(w)"),
    pytest.param('Paramount has ordered "Gull Rock," a drama from writer Bethan Morgan ("Slate Hill").',
                 {("Slate Hill", "writer", "Bethan Morgan")}, id="writer-x-(w)"),
    # "voices" tagged a plural noun between two names
    pytest.param('Marcus Tillery-Oke voices Dale Bunt, the alley\'s hapless manager, in the Hulu comedy "Crumb '
                 'Hollow".',
                 {("Marcus Tillery-Oke", "plays", "Dale Bunt"), ("Crumb Hollow", "actor", "Marcus Tillery-Oke")},
                 id="x-voices-y-read-as-a-noun"),
    # any verb whose object is the cast: "rounds out the cast as Y"
    pytest.param('Peacock has ordered "Undertow." Florence Adjei-Bright rounds out the cast as Mina Ashby.',
                 {("Florence Adjei-Bright", "plays", "Mina Ashby")}, id="rounds-out-the-cast-as-y"),
    # a name after its initials is not cut off as a sentence of its own
    pytest.param('R.J. Tolliver has spent two decades playing cops. In "Gilded Rot" he plays Detective Ray Fenn.',
                 {("R.J. Tolliver", "plays", "Ray Fenn")}, id="initials-open-a-sentence"),
    # "W, X's documentary about ...": the apposed title is a work, and X directed it
    pytest.param("Netflix has acquired worldwide rights to Salt Ledger, Mirela Vantongeren's documentary about "
                 "a family of Welsh fishermen.", {("Salt Ledger", "director", "Mirela Vantongeren")},
                 id="w-x-s-documentary"),
    # an unnamed pilot, premiere or run of episodes: the credit is the series'
    pytest.param("Hulu has ordered Copper Saints, a drama from Ida Roane. Bram Okonkwo, who directed the Gullhaven "
                 "pilot, will direct the first two episodes of the series.",
                 {("Gullhaven", "director", "Bram Okonkwo"), ("Copper Saints", "director", "Bram Okonkwo")},
                 id="directed-the-w-pilot"),
    pytest.param("HBO has renewed Copper Saints. The eight episodes will shoot in Leeds, with Hedda Marlowe "
                 "returning to direct the premiere.", {("Copper Saints", "director", "Hedda Marlowe")},
                 id="returning-to-direct-the-premiere"),
    pytest.param('HBO has renewed Copper Saints. Mina Park, a writer on "Bright Harbor," takes over as '
                 'showrunner. On "Bright Harbor," she wrote four episodes.',
                 {("Bright Harbor", "writer", "Mina Park")}, id="on-w-she-wrote-four-episodes"),
    # engaged to direct: the infinitive states the credit
    pytest.param('Focus Features is making the drama "Tin Parade." Wendell Achebe has been tapped to direct.',
                 {("Tin Parade", "director", "Wendell Achebe")}, id="tapped-to-direct"),
    pytest.param('Focus Features is making the drama "Tin Parade." Wendell Achebe is attached to direct and '
                 'produce.', {("Tin Parade", "director", "Wendell Achebe"), ("Tin Parade", "producer", "Wendell Achebe")},
                 id="attached-to-direct-and-produce"),
    # a bracketed credit after the subject of "direct": the earlier work was directed too
    pytest.param('Focus Features is making the drama "Tin Parade." Wendell Achebe ("Brick & Bone") is directing '
                 'from a screenplay by Margo Lind.',
                 {("Brick & Bone", "director", "Wendell Achebe"), ("Tin Parade", "director", "Wendell Achebe"),
                  ("Tin Parade", "writer", "Margo Lind")}, id="x-(w)-is-directing"),
    # double surnames NER or a cast list cut at the hyphen, and a first name before "and" that
    # is no shared-surname pair when the second name runs on past a hyphen
    pytest.param('Peacock has ordered "Undertow." The drama stars Frances Cole-Whitby as Ada Hargreave.',
                 {("Frances Cole-Whitby", "plays", "Ada Hargreave")}, id="stars-double-surname-as-y"),
    pytest.param('Netflix has dated "Foxglove Lane." Voice casting includes Delia Marchetti as the fox Ember and '
                 'Samuel Okonedo-Ray as Moss, an old badger.',
                 {("Samuel Okonedo-Ray", "plays", "Moss")}, id="and-a-double-surname-as-y"),
    # a described role after "as", "plays" and "the role of", with participles among its words
    pytest.param('"Ironwood" is back. Character actor Gordon Pryce also returns as the scheming chancellor '
                 'Aldous Fenn.', {("Gordon Pryce", "plays", "Aldous Fenn")}, id="as-the-scheming-chancellor-y"),
    pytest.param('"Ironwood" is back. Brenna Hale returns as Kestrel, as do Ravi Castellane as her sworn '
                 'protector, Thorne, and Beatrix Wollstone as the exiled sorceress Maelis.',
                 {("Ravi Castellane", "plays", "Thorne"), ("Beatrix Wollstone", "plays", "Maelis")},
                 id="as-do-a-as-her-sworn-protector-y"),
    pytest.param('Hulu has ordered "Saltmarsh." Newcomer Teddy Varga has landed the role of Owen\'s teenage son, '
                 'Jamie.', {("Teddy Varga", "plays", "Jamie")}, id="the-role-of-x-s-son-y"),
    pytest.param('Hulu has ordered "Saltmarsh." The role of Father Declan Moore goes to Bernard Achebe-Lowe.',
                 {("Bernard Achebe-Lowe", "plays", "Declan Moore")}, id="the-role-of-y-goes-to-x"),
    pytest.param('Hulu has ordered "Saltmarsh." Joining her are Callum Draycott, who plays Ruth\'s estranged '
                 'brother Owen Calder, and Saoirse Nilsen as Maeve Tolland, a local reporter.',
                 {("Callum Draycott", "plays", "Owen Calder"), ("Saoirse Nilsen", "plays", "Maeve Tolland")},
                 id="who-plays-y-and-b-as-z"),
    # a broadcaster's possessive, then a long description of the show before its title
    pytest.param("Marta Quill ran development on Hulu's adult animated comedy Ferals.",
                 {("Ferals", "network", "Hulu")}, id="possessive-participle-description-w"),
    pytest.param("The studio makes Hulu's Emmy-winning legal drama The Ledger Room.",
                 {("The Ledger Room", "network", "Hulu")}, id="possessive-award-winning-drama-w"),
    pytest.param("Callum Draycott was most recently seen in Paramount+'s Tudor period piece The King's Physician.",
                 {("The King's Physician", "network", "Paramount+")}, id="possessive-period-piece-w"),
    # a year's possessive owns a work; "the 1994 thriller W" dates W
    pytest.param("Orbit Pictures has unveiled the trailer for Pell Harbor, the sequel to 2019's mystery hit "
                 "Wren Island.", {("Wren Island", "releaseDate", "2019")}, id="year-s-mystery-hit-w"),
    pytest.param("The band Tin Owls formed in Leeds in 2014. Their follow-up, 2021's Dust Orchard, made them "
                 "stars.", {("Dust Orchard", "releaseDate", "2021")}, id="year-s-untagged-title"),
    pytest.param("Bram Ostrow also wrote the screenplay for the 1994 thriller Cold Harbor Lane, which starred "
                 "Ann Vole.", {("Cold Harbor Lane", "releaseDate", "1994")}, id="the-year-genre-w"),
    pytest.param("The series is based on the 2019 short story titled, Salt Orchard, by the author Ida Pell.",
                 {("Salt Orchard", "releaseDate", "2019")}, id="the-year-story-titled-w"),
    # a part of a year gives the year; a run's start is a release
    pytest.param('Channel 4 has ordered the drama "The Moss Room." The Moss Room is slated to premiere on '
                 "Channel 4 in early 2026.", {("The Moss Room", "releaseDate", "2026")}, id="in-early-year"),
    pytest.param('Tom Reyes starred in "Copper Vale." Copper Vale, which ran on HBO from 2014 to 2016, made '
                 "him famous.", {("Copper Vale", "releaseDate", "2014")}, id="ran-from-year-to-year"),
    pytest.param('"Tin Kettle" ran for one season in 2022.', {("Tin Kettle", "releaseDate", "2022")},
                 id="ran-in-year"),
    # "the network's W and V": the company a coreferent noun stands for
    pytest.param("Lena Ward joined HBO in May. She oversaw the network's 'Tin Crown' and 'Salt Hall'.",
                 {("Tin Crown", "network", "HBO"), ("Salt Hall", "network", "HBO")},
                 id="the-network-s-w-and-v"),
    pytest.param("Ada Fenn co-created the Paramount+ series Bright Hollow with Gus Emberley.",
                 {("Bright Hollow", "network", "Paramount+")}, id="title-ends-before-with-a-person"),
    # a chart's or a list's "W (Netflix)"
    pytest.param("Top streaming originals of the week:\n\n3. Harbor Kids (Netflix) - 671\n\n"
                 "4. The Long Table (Hulu) - 488\n\nDrama nominees: \"Kingsley Row\" (Prime Video).",
                 {("Harbor Kids", "network", "Netflix"), ("The Long Table", "network", "Hulu"),
                  ("Kingsley Row", "network", "Prime Video")}, id="chart-line-w-network"),
    # "W, its 10-episode animated fantasy from X": a work described after its name
    pytest.param("Netflix confirmed that Fern & Cinder, its 10-episode animated fantasy from director Hiro Tanaka, "
                 "will now debut in spring 2027.",
                 {("Fern & Cinder", "releaseDate", "2027"), ("Fern & Cinder", "numberOfEpisodes", 10)},
                 id="w-its-n-episode-fantasy"),
    pytest.param("Lucas Harlow is best known as Frank Mosley in the CBS police procedural Blue Ward (2003-2011).",
                 {("Blue Ward", "network", "CBS")}, id="the-network-procedural-w"),
    # a company's people, however the parser reads "X' Y"
    pytest.param("Bellwood Capital is financing the film. Bellwood's Ray Fairbank serves as executive producer "
                 "alongside Protagonist Pictures' Yuki Halvard.",
                 {("Ray Fairbank", "worksFor", "Bellwood Capital"),
                  ("Yuki Halvard", "worksFor", "Protagonist Pictures")}, id="company-s-people-any-parse"),
    # an opening's soap opera, first broadcast on a network on a date; a role after "his wife"
    pytest.param("Gull Cove\n\nGull Cove is an Australian television soap opera created by Dana Mull that was "
                 "first broadcast on Network Ten on 18 February 1993.",
                 {("Gull Cove", "network", "Network Ten"), ("Gull Cove", "releaseDate", "1993-02-18")},
                 id="soap-opera-first-broadcast-on-n-on-date"),
    pytest.param("'Gull Cove' is a soap opera. The original cast included Graham Toll as marina owner Frank Dell, "
                 "Sue Pem as his wife Maggie, and a teenage Kylie Hart as their daughter Jodie.",
                 {("Sue Pem", "plays", "Maggie"), ("Kylie Hart", "plays", "Jodie")}, id="as-his-wife-y"),
    # a roundup's entries: the title in capitals, its network in brackets, "):" one token
    pytest.param("Spring Premieres\n\nTHE ASH LEDGER (Prime Video): The spy drama is back sooner than expected. "
                 "Mira Kell once again leads the cast as Inspector Ana Ruiz.\n\nLOW TIDE HOUSE (Netflix): The "
                 "Spanish thriller will debut its final season on Friday.",
                 {("The Ash Ledger", "network", "Prime Video"), ("The Ash Ledger", "actor", "Mira Kell"),
                  ("Low Tide House", "network", "Netflix")}, id="capitals-header-bracketed-network"),
    # a network before a genre word the parser reads as a number's or an adjective's modifier
    pytest.param("Dorn makes his debut after breaking out in the tvN romance Autumn Tickets.",
                 {("Autumn Tickets", "network", "tvN")}, id="network-nummod-genre-w"),
    pytest.param("Abernathy, whose credits include the long-running BBC procedural Crownfield, is repped by ICM.",
                 {("Crownfield", "network", "BBC")}, id="network-adjective-genre-w"),
    pytest.param("Last weekend's champ, Lionsgate's sci-fi survival pic Outbound, fell 52% in its second frame.",
                 {("Outbound", "distributor", "Lionsgate")}, id="studio-s-hyphenated-genre-pic-w"),
    # each company's own object, and "its" after "confirmed that"
    pytest.param("Elsewhere, Hulu renewed its restaurant comedy Paper Forks for a fourth season, Starz canceled the "
                 "period thriller The Amber Gate after one season, and Apple TV confirmed that its space drama "
                 "Far Relay will end with its fifth season.",
                 {("Paper Forks", "network", "Hulu"), ("The Amber Gate", "network", "Starz"),
                  ("Far Relay", "network", "Apple TV")}, id="renewals-roundup-each-its-own-work"),
    pytest.param("The Lamp Room is a limited series. The series hails from A24 and Qureshi's banner Greywater Films.",
                 {("The Lamp Room", "productionCompany", "A24"),
                  ("The Lamp Room", "productionCompany", "Greywater Films")}, id="hails-from-companies"),
    pytest.param("Neon released the thriller Cold Pines in May.",
                 {("Cold Pines", "distributor", "Neon"), ("Cold Pines", "releaseDate", "2024-05")},
                 id="title-ends-before-in-month"),
    pytest.param("Dry Mesa is a Netflix drama series. Wyatt Toll, Paz Monte and Hank Brisco rounded out the main cast.",
                 {("Dry Mesa", "actor", "Wyatt Toll"), ("Dry Mesa", "actor", "Hank Brisco")},
                 id="rounded-out-the-cast"),
    # "miniseries" tagged a verb between the network and the title
    pytest.param("In the French competition, best screenplay went to the Arte miniseries Le Long Hiver, written by "
                 "Anaïs Colin.", {("Le Long Hiver", "network", "Arte"), ("Le Long Hiver", "writer", "Anaïs Colin")},
                 id="network-miniseries-tagged-verb-w"),
    # the year opens the title's phrase, with only lower-case words between
    pytest.param('Jang Woo, who helmed the 2022 sleeper hit "Moonlit Lodge," wrote it.',
                 {("Moonlit Lodge", "releaseDate", "2022")}, id="year-sleeper-hit-quoted-w"),
    pytest.param("Aubry, who directed the 2021 short Paper Tide and worked as a storyboard artist, said so.",
                 {("Paper Tide", "releaseDate", "2021")}, id="year-short-w"),
    # a run's end date is no release; the shorter title a source has is no short name of the game
    pytest.param("Second Rounds\n\nSecond Rounds is an American television sitcom created by Dana Whitby and Lou "
                 "Petrakos that aired on CBS from September 21, 2009, to May 15, 2014.\nWhitby and Petrakos served "
                 "as showrunners and executive producers alongside Howard Feld.",
                 {("Second Rounds", "releaseDate", "2009-09-21"), ("Second Rounds", "producer", "Dana Whitby"),
                  ("Second Rounds", "producer", "Lou Petrakos")}, id="aired-from-to-surname-pair-producers"),
    pytest.param("Starlit Road: Night Run\n\nStarlit Road: Night Run is a 2025 racing game developed by Kestrel "
                 "Interactive.\nIt is based on the anime television series Starlit Road, itself adapted from a manga.",
                 {("Starlit Road: Night Run", "basedOn", "Starlit Road"),
                  ("Starlit Road: Night Run", "creator", "Kestrel Interactive")}, id="source-sharing-a-title-prefix"),
    # "the film stars" read as one noun after a fronted "Directed by X,", which is no apposition
    pytest.param("Last weekend's champ, Lionsgate's sci-fi survival pic Northbound, fell 52% in its second frame. "
                 "Directed by Petra Novák, the film stars Idris Okwuosa and Freya Lindqvist-Dunne as two astronauts "
                 "stranded on a failing research station.",
                 {("Northbound", "director", "Petra Novák"), ("Northbound", "actor", "Idris Okwuosa")},
                 id="fronted-directed-by-the-film-stars"),
    # appointments in the passive, a chief executive (no producer's credit), an area of two nouns
    pytest.param("And in Paris, Bastien Roux has been named president of Gaumont, the studio's film arm.",
                 {("Bastien Roux", "jobTitle", "president"), ("Bastien Roux", "worksFor", "Gaumont")},
                 id="has-been-named-president-of-b"),
    pytest.param("Mara Lind, who was appointed chief executive of Hartswood Films in 2019, will step down.",
                 {("Mara Lind", "jobTitle", "chief executive"), ("Mara Lind", "worksFor", "Hartswood Films")},
                 id="who-was-appointed-chief-executive"),
    pytest.param("She will report to Dominic Ferris, ITV's managing director of media and entertainment.",
                 {("Dominic Ferris", "jobTitle", "managing director of media and entertainment")},
                 id="title-of-two-areas"),
    pytest.param("Quiet Rivers is a drama film. It was produced by Istanbul-based Kuyu Film and Berlin's Halbmond "
                 "Filmproduktion, with ZDF and Arte as co-producers.",
                 {("Quiet Rivers", "productionCompany", "Kuyu Film"), ("Quiet Rivers", "productionCompany", "ZDF"),
                  ("Quiet Rivers", "productionCompany", "Arte")}, id="with-a-and-b-as-co-producers"),
    pytest.param("Iron Psalm is a western film. Ironclad Pictures produced the film alongside Kaizen Entertainment.",
                 {("Iron Psalm", "productionCompany", "Ironclad Pictures"),
                  ("Iron Psalm", "productionCompany", "Kaizen Entertainment")}, id="produced-alongside-b"),
    # a company's or a pronoun's genre noun names a title NER took for a person
    pytest.param("Neon's South Korean thriller Salt Flats added $5.2 million in its second weekend.",
                 {("Salt Flats", "distributor", "Neon")}, id="company-s-genre-noun-titles-a-subject"),
    pytest.param("Elsewhere, Starz canceled the period thriller The Vesper Gate after one season, and Apple TV "
                 "confirmed that its space drama Orbital Decay will end with its fifth and final season.",
                 {("Orbital Decay", "network", "Apple TV")}, id="its-genre-noun-titles-a-subject"),
    pytest.param("Over at Paramount+, the oil-patch saga Red Mesa was renewed for Season 2 just two weeks after "
                 "its premiere.", {("Red Mesa", "network", "Paramount+")}, id="over-at-n-w-was-renewed"),
    pytest.param("Dil Ki Dastak is a 2016 Indian film. Its digital streaming rights were acquired by Amazon Prime "
                 "Video, where it premiered in January 2017.",
                 {("Dil Ki Dastak", "network", "Amazon Prime Video")}, id="rights-acquired-by-a-streamer"),
    pytest.param("Dil Ki Dastak is a 2016 Indian Hindi-language romantic drama film directed by Arjun Mehrotra and "
                 "produced by Kavita Sethi under the Yash Raj Films banner.",
                 {("Dil Ki Dastak", "producer", "Kavita Sethi"),
                  ("Dil Ki Dastak", "productionCompany", "Yash Raj Films")}, id="produced-by-x-under-a-banner"),
    pytest.param("Kestrel Row is a spy drama. Anjali Desh returns as MI6 analyst Zara Quell, with Callum Fair and "
                 "Yusuf Demsey also back.", {("Anjali Desh", "plays", "Zara Quell")}, id="as-org-post-name"),
    pytest.param("Obsidian Heart is a telenovela. Supporting roles are played by Jaime Cova, Lupita Sando and "
                 "Mauricio Terra.", {("Obsidian Heart", "actor", "Jaime Cova"), ("Obsidian Heart", "actor", "Lupita Sando"),
                                     ("Obsidian Heart", "actor", "Mauricio Terra")}, id="roles-are-played-by-a-b-c"),
    pytest.param("The Marsh Clinic, which followed a rural general practice, ran for 14 series on ITV between 1988 "
                 "and 2003, totaling 162 episodes.",
                 {("The Marsh Clinic", "network", "ITV"), ("The Marsh Clinic", "releaseDate", "1988"),
                  ("The Marsh Clinic", "numberOfEpisodes", 162)}, id="ran-for-n-series-on-n-between-years"),
    pytest.param("Australian comedy Bin Day, from creator and star Tegan Mull, won the prize for best short-form series.",
                 {("Bin Day", "actor", "Tegan Mull")}, id="demonym-genre-noun-titles-a-subject"),
    pytest.param('"The team built it," said Netflix\'s director of UK series, Imogen Castell.',
                 {("Imogen Castell", "jobTitle", "director of uk series"), ("Imogen Castell", "worksFor", "Netflix")},
                 id="said-org-s-title-of-area-name"),
    pytest.param("Gwen Pryce was most recently head of drama at Channel 4, where she commissioned the thriller "
                 "The Undertow.", {("Gwen Pryce", "jobTitle", "head of drama"), ("Gwen Pryce", "worksFor", "Channel 4")},
                 id="was-head-of-x-at-org"),
    # a headline's broadcaster, not a person's first name, and its verbs' titles
    pytest.param("Netflix Renews 'Glass Tide' for Season 3, Cancels 'Dry Creek' After Two Seasons\n\n"
                 "The streamer made the announcement on Friday.",
                 {("Glass Tide", "network", "Netflix"), ("Dry Creek", "network", "Netflix")},
                 id="headline-n-renews-w-cancels-v"),
    pytest.param("Starfall Crew is an anime television series. It aired on Tokyo MX in 2024.",
                 {("Starfall Crew", "network", "Tokyo MX")}, id="gazetteer-japanese-channel"),
    pytest.param("Tamsin Hale, the showrunner of Borrowed Light, said the new season opens in May.",
                 {("Borrowed Light", "producer", "Tamsin Hale")}, id="appositive-person-noun-makes-a-person"),
    pytest.param("The Borrowed Light creator, Tamsin Hale, said the second season is darker.",
                 {("Borrowed Light", "creator", "Tamsin Hale")}, id="name-in-apposition-to-person-noun"),
    pytest.param("Last year, Borrowed Light creator Tamsin Hale signed with CAA.",
                 {("Borrowed Light", "creator", "Tamsin Hale")}, id="bare-title-credit-noun-name"),
    pytest.param("Emmy-winning Harbor Lights star Mara Voss will lead the drama.",
                 {("Harbor Lights", "actor", "Mara Voss")}, id="bare-title-star-name"),
    pytest.param("Red Mesa\nRed Mesa is a 2016 drama film. It stars Lena Ortiz, Maya Brook and Tom Hale as Rosa, "
                 "Iris and Jed, three siblings who plan a heist.",
                 {("Lena Ortiz", "plays", "Rosa"), ("Maya Brook", "plays", "Iris"), ("Tom Hale", "plays", "Jed")},
                 id="paired-lists-of-three-without-respectively"),
    pytest.param("Red Mesa\nRed Mesa is a 2016 drama film. It stars Park Min-jun, Kim So-ra and Jeon Woo-sik as "
                 "Han Do-yun, Seo Ha-eun and Baek Tae-ho, three disgraced police officers.",
                 {("Park Min-jun", "plays", "Han Do-yun"), ("Kim So-ra", "plays", "Seo Ha-eun")},
                 id="korean-given-name-after-hyphen"),
    pytest.param("BBC One has ordered Tidewater, an eight-part thriller from creator Ines Calloway. Leandro Quiroga "
                 "(The Long Shore) is set to direct from a script by Halvard Moen.",
                 {("Tidewater", "director", "Leandro Quiroga"), ("Tidewater", "writer", "Halvard Moen")},
                 id="crew-member-with-bracketed-credit"),
    pytest.param("Red Mesa\nRed Mesa is a 2004 drama film. It was produced by Mistral Pictures, with Lila Varga as "
                 "executive producer and Kiri Tamihana as showrunner.",
                 {("Red Mesa", "producer", "Lila Varga"), ("Red Mesa", "producer", "Kiri Tamihana")},
                 id="with-a-as-role-and-b-as-role"),
    pytest.param("Red Mesa\nRed Mesa is a 2004 drama film. Mistral Pictures co-founder Oren Baptiste served as producer.",
                 {("Red Mesa", "producer", "Oren Baptiste")}, id="company-post-before-name-served-as"),
    pytest.param("Red Mesa\nRed Mesa is an American drama television series created by Lena Ortiz and Tom Hale for FX.",
                 {("Red Mesa", "network", "FX"), ("Red Mesa", "creator", "Tom Hale")}, id="created-by-for-network"),
    pytest.param("Red Mesa\nRed Mesa is an animated television series created by Lena Ortiz and produced by "
                 "Brown Bag Films for CBeebies.",
                 {("Red Mesa", "network", "CBeebies"), ("Red Mesa", "productionCompany", "Brown Bag Films")},
                 id="company-name-run-into-for-network"),
    pytest.param("Red Mesa\nRed Mesa is a new drama. Melnyk created the series and serves as showrunner; "
                 "20th Television produces.", {("Red Mesa", "productionCompany", "20th Television")},
                 id="company-produces-after-semicolon"),
    pytest.param("Red Mesa\nRed Mesa is a new drama. Amazon MGM Studios and Lampblack Productions produce.",
                 {("Red Mesa", "productionCompany", "Lampblack Productions")}, id="second-company-of-produce"),
    pytest.param("Red Mesa\nRed Mesa is a new drama. Harbor Row Productions produces in association with "
                 "Skydance Television.", {("Red Mesa", "productionCompany", "Harbor Row Productions"),
                                          ("Red Mesa", "productionCompany", "Skydance Television")},
                 id="produces-in-association-with"),
    pytest.param("Sky Studios' Gareth Pilling is co-executive producer.",
                 {("Gareth Pilling", "worksFor", "Sky Studios")}, id="known-name-and-studio-word-possessive"),
    pytest.param("Red Mesa\nRed Mesa is a drama from Sky Studios for Sky Atlantic.",
                 {("Red Mesa", "productionCompany", "Sky Studios"), ("Red Mesa", "network", "Sky Atlantic")},
                 id="drama-from-studio-for-network"),
    pytest.param("Lorena Walsh later worked as director of development at Anonymous Content before joining FX.",
                 {("Lorena Walsh", "jobTitle", "director of development"),
                  ("Lorena Walsh", "worksFor", "Anonymous Content")}, id="worked-as-director-of-area-at"),
    pytest.param("Simone Okafor, a former literary agent at CAA, joined Peacock in 2020.",
                 {("Simone Okafor", "jobTitle", "literary agent"), ("Simone Okafor", "worksFor", "CAA")},
                 id="literary-agent-at-agency"),
    pytest.param("His death was confirmed by his agent, Fiona Harcastle of Independent Talent, who said he died "
                 "peacefully.", {("Fiona Harcastle", "worksFor", "Independent Talent")},
                 id="name-of-agency-inside-ner-person"),
    pytest.param("Iron Psalm\nIron Psalm stars Desmond Achterberg as Sgt. Elias Brandvold, a resistance fighter.",
                 {("Desmond Achterberg", "plays", "Elias Brandvold")}, id="abbreviated-rank-ends-no-sentence"),
    pytest.param("In later years he appeared as Lord Aldous Penhallow, the scheming royal adviser, in HBO's "
                 "The Regent (2016–2019).",
                 {("The Regent", "network", "HBO"), ("The Regent", "character", "Aldous Penhallow")},
                 id="network-possessive-inside-ner-title"),
    pytest.param("Eko Tides\nThe ensemble also includes Zainab Bello as Halima Garba, Bisola's chief of staff; "
                 "Chukwuemeka \"Emeka\" Nnaji as Tunde Adekunle, her estranged son.",
                 {("Chukwuemeka Nnaji", "plays", "Tunde Adekunle"), ("Zainab Bello", "plays", "Halima Garba")},
                 id="nickname-in-quotes-is-no-title"),
    pytest.param("Salt Roads is a 2024 Uzbek drama film.", {("Salt Roads", "countryOfOrigin", "Uzbekistan")},
                 id="demonym-uzbek"),
    pytest.param("Lantern Bay\nLantern Bay is a 1953 Japanese drama film. It was distributed in the United States by "
                 "Pacifica Film Distributors in 1957.",
                 {("Lantern Bay", "distributor", "Pacifica Film Distributors")}, id="distributors-ends-a-company"),
    pytest.param('"Paper Moon" is a song recorded by American country music artist Ada Ray from her fifth album.',
                 {("Paper Moon", "countryOfOrigin", "United States")}, id="song-by-artist-of-a-country"),
    pytest.param('"Paper Moon" is a song by Portuguese band Flor Azul.',
                 {("Paper Moon", "countryOfOrigin", "Portugal")}, id="song-by-band-of-a-country"),
    pytest.param("Ida Vane\n\nIda Vane is an Italian actress. She made her film debut in 1979 in the thriller Gardenia "
                 "Blue.", {("Gardenia Blue", "actor", "Ida Vane")}, id="film-debut-in-work"),
    pytest.param("Ida Vane\n\nIda Vane is an Italian actress. She has appeared in the films Ward Nine and Night Shift.",
                 {("Ward Nine", "actor", "Ida Vane"), ("Night Shift", "actor", "Ida Vane")},
                 id="titles-after-plural-work-noun"),
    pytest.param("Fenella Marlow, who wrote and directed the BBC Two drama Whitecap, is writing all six episodes.",
                 {("Whitecap", "director", "Fenella Marlow"), ("Whitecap", "writer", "Fenella Marlow")},
                 id="two-objects-the-title-is-credited"),
    pytest.param("The Audience Award went to \"A Normal House,\" a film by Marta Elorza.",
                 {("A Normal House", "director", "Marta Elorza")}, id="a-film-by-director"),
    pytest.param("Red Mesa\nRed Mesa is a comedy series by Ada Ray for Channel 4.",
                 {("Red Mesa", "creator", "Ada Ray")}, id="a-series-by-creator"),
    pytest.param("Separately, Studio Kaze announced that its original anime film Kaze no Tegami, directed by Ayumi "
                 "Oribe, will open in Japanese theaters on July 18.",
                 {("Kaze no Tegami", "director", "Ayumi Oribe")}, id="japanese-particle-inside-title"),
    pytest.param("The Hollow Hours\nThe Hollow Hours is a 1967 mystery film. Margot Ashby plays Lady Celia Dorne, a "
                 "widow who hires the Parisian detective Henri Sauvel, played by Pernet, to find her missing son.",
                 {("Pernet", "plays", "Henri Sauvel")}, id="name-right-before-played-by"),
    pytest.param("Lantern Bay\nLantern Bay is a 1953 Japanese drama film directed by Jiro Kurosaki. Its screenplay, by "
                 "Kurosaki and Fumiko Tanabe, is based on the short story \"The Lamp at Cape Oma\" by Shusaku Morikawa.",
                 {("The Lamp at Cape Oma", "writer", "Shusaku Morikawa"), ("Lantern Bay", "writer", "Fumiko Tanabe")},
                 id="short-story-title-by-its-writer"),
    pytest.param("Red Heart\nRed Heart is a Mexican telenovela. It is a remake of the 1989 Venezuelan telenovela La "
                 "dama de piedra, created by Humberto Lisboa, and was adapted by Mariela Cortez and Joaquin Berrio.",
                 {("Red Heart", "writer", "Mariela Cortez"), ("La dama de piedra", "creator", "Humberto Lisboa")},
                 id="adapted-by-after-copula-subject"),
    pytest.param("Sarah Paulson Joins Netflix Series 'Lanterns'\n\nSarah Paulson has been tapped to star opposite "
                 "Colman Domingo in Lanterns, Netflix's upcoming limited series.",
                 {("Lanterns", "actor", "Colman Domingo"), ("Lanterns", "actor", "Sarah Paulson")},
                 id="first-name-ner-left-out"),
    pytest.param("Universal Pictures has set a July 17, 2026 release date for Hollow Creek, the horror thriller "
                 "directed by Mike Flanagan.", {("Hollow Creek", "releaseDate", "2026-07-17"),
                                                ("Hollow Creek", "director", "Mike Flanagan")},
                 id="release-date-set-for-unquoted-title"),
    pytest.param("Hollow Creek will be released by Universal Pictures on July 17, 2026.",
                 {("Hollow Creek", "distributor", "Universal Pictures")}, id="will-be-released-by-makes-a-title"),
    pytest.param("Netflix has dated \"Hollow Creek\" for March 14.",
                 {("Hollow Creek", "network", "Netflix"), ("Hollow Creek", "releaseDate", "2025-03-14")},
                 id="streamer-dates-a-show"),
    pytest.param("HBO Max has set a premiere date for \"Hollow Creek\": March 14.",
                 {("Hollow Creek", "network", "HBO Max")}, id="streamer-sets-a-premiere-date"),
    pytest.param("Severance\nSeverance is a thriller series. The workplace thriller returned for its 10-episode second "
                 "season in January.", {("Severance season 2", "numberOfEpisodes", 10),
                                        ("Severance season 2", "releaseDate", "2024-01")},
                 id="its-season-of-the-work-named-before"),
    pytest.param("Mudlark\nMudlark is a comedy series. Yolanda Ruiz co-stars as Marisol Vance, the mine's chief "
                 "engineer, with Kwame Ofori as his deputy, Eli Sutter.",
                 {("Yolanda Ruiz", "plays", "Marisol Vance"), ("Kwame Ofori", "plays", "Eli Sutter")},
                 id="ner-one-word-names-go-on"),
    pytest.param("Mudlark\nMudlark is a comedy series. Season 2 adds Dame Hilary Pocklington as Bev's mother, Queenie.",
                 {("Hilary Pocklington", "plays", "Queenie")}, id="honorific-before-unlabelled-actor"),
    pytest.param("The Audience Award went to \"Una casa normal,\" a film by Marta Elorza.",
                 {("Una casa normal", "director", "Marta Elorza")}, id="quoted-sentence-case-title-described"),
    pytest.param("Hollow Creek\nHollow Creek is a horror film. The film opens in theaters Friday via A24.",
                 {("Hollow Creek", "distributor", "A24")}, id="opens-via-releasing-studio"),
    pytest.param("Paramount Television has named Dana Walden president of scripted programming, effective immediately.",
                 {("Dana Walden", "worksFor", "Paramount Television"),
                  ("Dana Walden", "jobTitle", "president of scripted programming")}, id="named-person-title-in-apposition"),
    pytest.param("The Studio\nThe Studio is a comedy series. Seth Rogen won an Emmy for playing Matt Remick.",
                 {("Seth Rogen", "plays", "Matt Remick"), ("The Studio", "actor", "Seth Rogen")},
                 id="won-an-award-for-playing"),
    pytest.param("Meanwhile, Kendra Vale (Dominic Asher) is the only one who knows where the key is.",
                 {("Dominic Asher", "plays", "Kendra Vale")},
                 id="character-(actor)-is-the-mid-sentence"),
    pytest.param("In the new season, Rowan Tate plays Mira Lund and Kofi Mensah plays Abel Sorensen.",
                 {("Rowan Tate", "plays", "Mira Lund"), ("Kofi Mensah", "plays", "Abel Sorensen")},
                 id="a-plays-x-and-b-plays-y"),
    pytest.param("Harrison Pell plays headmaster Gideon Marsh, Aaliyah Stone is Ruby's roommate Tess Whitby.",
                 {("Harrison Pell", "plays", "Gideon Marsh"), ("Aaliyah Stone", "plays", "Tess Whitby")},
                 id="a-plays-role-noun-x-b-is-y"),
    pytest.param("Later, Nadia Frost (Joanna Kell) makes a choice she cannot undo.",
                 {("Joanna Kell", "plays", "Nadia Frost")}, id="character-(actor)-makes-a-decision"),
    pytest.param("Ember Road is an HBO drama. Pell, a BAFTA nominee for ITV's Low Tide, stars as Agnes Crewe, "
                 "a widow who inherits the farm.",
                 {("Pell", "plays", "Agnes Crewe"), ("Ember Road", "character", "Agnes Crewe")},
                 id="name-aside-stars-as-y"),
    pytest.param("Ember Road is an HBO drama. Tomlin, last seen in the film Grey Harbour, plays Silas Ferrar, "
                 "an inspector sent north.",
                 {("Ember Road", "character", "Silas Ferrar")}, id="aside-film-label-is-no-work-of-the-fact"),
    pytest.param("The Ashby Inheritance\nThe Ashby Inheritance is a 2023 British mystery film directed by Edwin "
                 "Lacey.\nA sequel to The Thornfield Affair (2020), it stars Hugh Mallory as the amateur sleuth "
                 "Reginald Pym.",
                 {("The Ashby Inheritance", "actor", "Hugh Mallory"),
                  ("The Ashby Inheritance", "character", "Reginald Pym")}, id="a-sequel-to-w-it-stars"),
    pytest.param("Tom Kiely co-stars as Jarrah Dunn, a constable with the Western Australia Police Force.",
                 {("Jarrah Dunn", "jobTitle", "constable"),
                  ("Jarrah Dunn", "worksFor", "the Western Australia Police Force")},
                 id="character-a-title-with-org"),
    pytest.param("Iron Quay is a 1987 American action film. The film was produced by Lawrence Pike and Glenn Avery "
                 "for Lakeshore Pictures and distributed by Orion Pictures.",
                 {("Iron Quay", "productionCompany", "Lakeshore Pictures"), ("Iron Quay", "producer", "Glenn Avery")},
                 id="produced-by-people-for-company"),
    pytest.param("Pip & Sprout\nPip & Sprout is an American animated series created by Marisol Vega for "
                 "Nickelodeon.\nA feature film, Pip & Sprout: The Great Flood, was released on June 10, 2022.",
                 {("Pip & Sprout", "creator", "Marisol Vega"), ("Pip & Sprout", "network", "Nickelodeon")},
                 id="page-title-is-no-short-name-of-a-spin-off"),
    pytest.param("Netflix Orders ‘Moss and the Rain Parade’\n\nSinead Fallon executive produces with Maeve Dunleavy.",
                 {("Moss and the Rain Parade", "producer", "Sinead Fallon")}, id="unlabelled-given-name-pair"),
    pytest.param("Nora Quist, creator of Harrow Fields, returns with a new limited series about grief.",
                 {("Harrow Fields", "creator", "Nora Quist")}, id="x-creator-of-unquoted-w"),
    pytest.param("Next weekend, Universal Pictures releases Deadreef (August 15), a disaster thriller directed by "
                 "Brett Colman.",
                 {("Deadreef", "distributor", "Universal Pictures"), ("Deadreef", "releaseDate", "2025-08-15"),
                  ("Deadreef", "director", "Brett Colman")}, id="studio-releases-w-(date)"),
    pytest.param("The Weight of Tides is a drama about a family. Focus Features opens the film in U.S. theaters "
                 "on December 19.",
                 {("The Weight of Tides", "distributor", "Focus Features"),
                  ("The Weight of Tides", "releaseDate", "2024-12-19")}, id="bare-title-is-a-drama;-studio-opens-it"),
    pytest.param("The Sweetest Con is a Netflix drama. It is adapted from Sweet Grifter, the 2022 BBC Sounds podcast.",
                 {("The Sweetest Con", "basedOn", "Sweet Grifter")}, id="adapted-from-name-the-podcast"),
    pytest.param("Also coming: season 3 of Paramount+'s Ridgeline (Feb. 6).",
                 {("Ridgeline season 3", "partOfSeries", "Ridgeline"),
                  ("Ridgeline season 3", "releaseDate", "2025-02-06")}, id="season-of-network-s-w-(date)"),
    pytest.param('Parkway is an American sitcom. Set in a library in Ohio, the series stars Gina Moretti as '
                 'Theresa "Tess" Romano, the branch\'s newly promoted manager.',
                 {("Gina Moretti", "plays", "Theresa Romano"), ("Parkway", "character", "Theresa Romano")},
                 id="as-first-\"nick\"-last-unlabelled"),
    pytest.param("Puddle Town is an animated series. Its voice cast includes Eric Lindgren as Skipper, Deborah "
                 "Kane as Gertie, the city's harbormaster, and Marcus Oyelaran as Bramble, a grumpy old barge.",
                 {("Marcus Oyelaran", "plays", "Bramble")}, id="given-name-read-as-nationality"),
    pytest.param("Directed by Nadia Rahman (Tidewater) and starring Theo Langford and Sienna Ruiz as Owen Mercer and "
                 "Lia Santos, Gravity Falls opened Friday.",
                 {("Theo Langford", "plays", "Owen Mercer"), ("Sienna Ruiz", "plays", "Lia Santos")},
                 id="starring-a-and-b-as-x-and-y,-w-opened"),
    pytest.param("The Fox and the Lantern, Sony Pictures Animation's musical adventure, took third with $11.8 million. "
                 "Sony Pictures Releasing opened the film July 25.",
                 {("The Fox and the Lantern", "productionCompany", "Sony Pictures Animation"),
                  ("The Fox and the Lantern", "distributor", "Sony Pictures Releasing")},
                 id="w,-company-s-genre-noun,"),
    pytest.param("Orchard Line is a BBC drama. Beatrice Lowe (pictured) stars as Nell Hartigan, who comes home "
                 "after her father's death.",
                 {("Beatrice Lowe", "plays", "Nell Hartigan"), ("Orchard Line", "character", "Nell Hartigan")},
                 id="x-(pictured)-stars-as-y"),
    pytest.param("Within seconds, we meet Detective Laura Pierce (Emily Harcourt, pictured), who has transferred to "
                 "a small timber town.",
                 {("Emily Harcourt", "plays", "Laura Pierce")}, id="y-(x,-pictured)"),
    pytest.param("Saltmarsh Kings is a comedy. Marcus Bell and Ana Lucia Vargas are back as feuding neighbors Dez "
                 "Conroy and Pilar Reyes, whose truce lasts ninety seconds.",
                 {("Marcus Bell", "plays", "Dez Conroy"), ("Ana Lucia Vargas", "plays", "Pilar Reyes")},
                 id="a-and-b-back-as-feuding-neighbors-x-and-y"),
    pytest.param("Last Orders at Rosie's is a comedy. Keisha Monroe created and stars in this eight-episode comedy "
                 "as Ruby Dawson, who has 30 days to save a bar.",
                 {("Keisha Monroe", "plays", "Ruby Dawson")}, id="x-created-and-stars-in-this-comedy-as-y"),
    pytest.param("July Premiere Dates: ‘The Pear Grove,’ ‘Quiet Acre’ and More\n\nA roundup of the month.\n\n"
                 "The Pear Grove (Netflix, Thursday, July 10)\nBeatrice Lowe (pictured) stars as Nell Hartigan.\n\n"
                 "Quiet Acre (Hulu, Wednesday, July 16)\nMarcus Bell stars as Dez Conroy.",
                 {("The Pear Grove", "character", "Nell Hartigan"), ("Quiet Acre", "character", "Dez Conroy")},
                 id="roundup-entries-the-headline-quoted"),
    pytest.param("New TV This Week: ‘Signal Hill,’ ‘Blackwick House’ and More\n\nA roundup.\n\n"
                 "Signal Hill (Hulu, Wednesday)\nOksana Melnyk's eight-episode thriller drops all at once.\n\n"
                 "Blackwick House (BBC One, Sunday)\nThe six-part drama stars Esme Carrow as Harriet Blaine. "
                 "It's produced by Harbour Light Films for BBC One.",
                 {("Signal Hill", "creator", "Oksana Melnyk"), ("Blackwick House", "productionCompany", "Harbour Light Films"),
                  ("Blackwick House", "network", "BBC One")}, id="roundup-entry-owns-its-it-and-possessive"),
    pytest.param("Peacock Orders ‘Ruby Tuesday’\n\nAmazon MGM Studios produces with 3 Arts Entertainment.",
                 {("Ruby Tuesday", "productionCompany", "Amazon MGM Studios"),
                  ("Ruby Tuesday", "productionCompany", "3 Arts Entertainment")}, id="a-produces-with-b"),
    pytest.param("Apple Orders ‘Cold Harbour’\n\nSony Pictures Television is the studio, producing with Kerrigan Road "
                 "Productions and Northpaw Entertainment.",
                 {("Cold Harbour", "productionCompany", "Sony Pictures Television"),
                  ("Cold Harbour", "productionCompany", "Northpaw Entertainment")}, id="x-is-the-studio-producing-with"),
    pytest.param("The Lamp Keepers is an HBO drama. Calloway (The Quiet Shore, Netflix's Dunmore) will play Ezra "
                 "Rowe, Hester's estranged brother-in-law.",
                 {("Calloway", "plays", "Ezra Rowe"), ("Lamp Keepers", "character", "Ezra Rowe")},
                 id="actor-(credits)-will-play-y"),
    pytest.param("Later, Rue (Zendaya) plays a prank on Jules (Hunter Schafer).",
                 {("Zendaya", "plays", "Rue"), ("Hunter Schafer", "plays", "Jules")},
                 id="character-(actor)-plays-a-prank"),
    pytest.param("Her turn in Ravi Kapoor’s indie The Ninth Winter (2021), as a young widow, changed that.",
                 {("The Ninth Winter", "director", "Ravi Kapoor")}, id="x-s-indie-w"),
    pytest.param("Eko Nights is a Nigerian series. It is produced by Lagos-based Akoka Road Pictures in partnership "
                 "with Johannesburg's Red Baobab Studios.",
                 {("Eko Nights", "productionCompany", "Red Baobab Studios")}, id="in-partnership-with-b"),
    pytest.param("The prize went to Winter Persimmons, a Toho-produced family saga.",
                 {("Winter Persimmons", "productionCompany", "Toho")}, id="w,-a-company-produced-saga"),
    pytest.param("Paper Lanterns, the latest from Illumination, opened Friday to an estimated $29.8M.",
                 {("Paper Lanterns", "productionCompany", "Illumination")}, id="w,-the-latest-from-studio"),
    pytest.param("The Lantern Keepers is a Hulu limited series. Dev Malhotra (Paper Cranes) and Ingrid Solberg "
                 "(Nordvik) have also been cast.",
                 {("Paper Cranes", "actor", "Dev Malhotra"), ("Nordvik", "actor", "Ingrid Solberg")},
                 id="cast-names-(credit)-act-in-the-credit"),
    pytest.param("CBS Orders Legal Drama Pilot 'Cold Docket' From 'Fairhaven' Creator Nadia Castell\n\n"
                 "CBS has ordered the pilot.",
                 {("Cold Docket", "network", "CBS")}, id="headline-orders-described-title"),
    pytest.param("New On Prime Video In June 2025: 'The Long Field,' 'Dust Harbor' Season 2, 'Copper Hill' And More\n\n"
                 "Here is what is coming.",
                 {("The Long Field", "network", "Prime Video"), ("Copper Hill", "network", "Prime Video")},
                 id="new-on-platform-headline-list"),
    pytest.param("Caleb Dunne joins the cast of Hulu's Brightwater. Dunne can also be seen next month in Greyline, "
                 "a Netflix film directed by Pia Moretti.",
                 {("Greyline", "actor", "Caleb Dunne")}, id="seen-in-a-work-another-directed"),
    pytest.param("Caleb Dunne joins the cast of Hulu's Brightwater. Dunne, last seen in the BBC Two comedy Vestry, "
                 "plays the vicar.",
                 {("Vestry", "actor", "Caleb Dunne")}, id="name-last-seen-in-work"),
    pytest.param("Caleb Dunne joins the cast of Hulu's Brightwater. Dunne, best known as Inspector Bale in ITV's "
                 "Marlow Moor, plays the vicar.",
                 {("Marlow Moor", "actor", "Caleb Dunne"), ("Caleb Dunne", "plays", "Inspector Bale")},
                 id="best-known-as-role-in-work"),
    pytest.param("Caleb Dunne joins the cast of Hulu's Brightwater. Dunne broke out as Arjun in the Netflix comedy "
                 "Paper Cranes, which ran for two seasons.",
                 {("Paper Cranes", "character", "Arjun"), ("Caleb Dunne", "plays", "Arjun")},
                 id="broke-out-as-role-in-work"),
    pytest.param("Caleb Dunne joins the cast of Hulu's Brightwater. Dunne, so good as a weary detective in the HBO "
                 "series Parkline, has the showier role.",
                 {("Parkline", "actor", "Caleb Dunne")}, id="so-good-as-someone-in-work"),
    pytest.param("Caleb Dunne joins the cast of Hulu's Brightwater. Dunne next stars in Peacock's limited series "
                 "Low Country, opposite Mae Ross.",
                 {("Low Country", "actor", "Caleb Dunne")}, id="next-stars-in-read-as-noun"),
    pytest.param("The drama “The Long Acre” opens Friday. Maria Delgado starred as a farmer.",
                 {("The Long Acre", "actor", "Maria Delgado")}, id="starred-as-a-trade-is-a-part"),
    pytest.param("“The Long Acre” is a drama. Ruth Okonjo stars as a Nebraska farmer fighting off a land developer "
                 "played by Grant Ellison.",
                 {("The Long Acre", "actor", "Ruth Okonjo"), ("The Long Acre", "actor", "Grant Ellison")},
                 id="stars-as-read-as-noun-and-played-by-a-described-role"),
    pytest.param("“Harbor Lights” opened first. It features Ravi Menon as the voice of Fennick, a fox cub.",
                 {("Ravi Menon", "plays", "Fennick"), ("Harbor Lights", "character", "Fennick")},
                 id="as-the-voice-of-y"),
    pytest.param("‘Gravity Well’ Tops Box Office Again\n\nGravity Well led the weekend with $30 million. The sci-fi "
                 "film stars Ana Ruiz.\n\nThe Fox and the Firefly, Sony Pictures Animation’s musical adventure, took "
                 "third with $11.8 million. Sony Pictures Releasing opened the film July 25. Directed by Lisa Chow, it "
                 "features Ravi Menon as the voice of Fennick, a fox cub afraid of the dark.",
                 {("The Fox and the Firefly", "actor", "Ravi Menon"), ("The Fox and the Firefly", "character", "Fennick"),
                  ("The Fox and the Firefly", "director", "Lisa Chow")},
                 id="it-features-after-a-company-subject"),
    pytest.param("Harbourfront festival unveils line-up\n\nThe festival runs September 4-14. Among the gala "
                 "selections:\n\n• The Burning Coast (Nigeria-UK), directed by Obiageli Nwankwo and starring Chinedu "
                 "Okeke as a Lagos firefighter.\n• Seven Bridges to Daegu (South Korea), a road movie from Hwang Ji-ho "
                 "starring Lee Min-seo.\n• Les Heures Claires (France), directed by Camille Desrosiers and starring "
                 "Aurelien Fabre and Yasmine Benali.\n\nTickets go on sale on August 25.",
                 {("The Burning Coast", "director", "Obiageli Nwankwo"),
                  ("Seven Bridges to Daegu", "actor", "Lee Min-seo"), ("Les Heures Claires", "actor", "Yasmine Benali"),
                  ("Les Heures Claires", "director", "Camille Desrosiers")},
                 id="bulleted-line-up-entries"),
    pytest.param("“Starlit Harbor” returns in April.\n\nReturning cast members include:\n- Kana Ishiwata as Suzu "
                 "Amagiri, a junior cartographer\n- Daiki Morohoshi as Toma Kuze, Suzu's childhood friend\n\nThe second "
                 "season adds:\n- Shion Akatsuki as Vessa, the crew's youngest member",
                 {("Daiki Morohoshi", "plays", "Toma Kuze"), ("Shion Akatsuki", "plays", "Vessa"),
                  ("Starlit Harbor", "character", "Vessa")},
                 id="bulleted-cast-entries"),
    pytest.param("‘Blackwater County’ recap: Roy leaves\n\nHere is what we learned.\n\n- Ellen finally told the truth.\n"
                 "- Next Sunday's episode, \"Salt of the Earth,\" is directed by Nisha Patel.",
                 {("Salt of the Earth", "director", "Nisha Patel")}, id="the-episode-comma-quoted-title"),
    pytest.param("The Hollow Fjord\n\nThe Hollow Fjord is a 2023 supernatural horror film directed by Sigrid Aasheim "
                 "and written by Aasheim and Piotr Kowalczyk, an English-language remake of Aasheim's own 2016 "
                 "Norwegian-language film Hulfjorden.\nThe film premiered at the Sitges Film Festival on 7 October 2023.",
                 {("The Hollow Fjord", "releaseDate", "2023-10-07")}, id="the-film-is-not-a-remake-s-source"),
    pytest.param("The Cartographer's Fox\n\nThe Cartographer's Fox is a 2016 animated film directed by Aoife Brennan.\n"
                 "The Cartographer's Fox premiered at the Annecy festival on 14 June 2016.",
                 {("The Cartographer's Fox", "releaseDate", "2016-06-14")}, id="network-name-inside-a-title-line"),
    pytest.param("The Salt Ledger\n\nThe Salt Ledger is a 2014 crime drama film directed by Dana Whitcombe.\nIt had its "
                 "world premiere at the Toronto International Film Festival on September 7, 2014.",
                 {("The Salt Ledger", "releaseDate", "2014-09-07")}, id="had-its-world-premiere-on"),
    pytest.param("Created by Marcus Bellweather, “Sunday Supper” stars Joon-ho Kwak as Theo Baek, a burned-out chef. "
                 "The ensemble also includes Sun-hee Cho as Ruth Baek.",
                 {("Joon-ho Kwak", "plays", "Theo Baek"), ("Sun-hee Cho", "plays", "Ruth Baek"),
                  ("Sunday Supper", "actor", "Sun-hee Cho")}, id="hyphenated-given-name-then-surname"),
    pytest.param("\"There is appetite,\" said Reza Farahani, chief executive of the London-based sales agency "
                 "Pomegranate Pictures.",
                 {("Reza Farahani", "worksFor", "Pomegranate Pictures")}, id="title-of-the-described-firm-b"),
    pytest.param("The film is produced by Mumbai-based Kaagaz Films, whose founder, Rhea Sabharwal, also produced "
                 "Paper Boats.",
                 {("Rhea Sabharwal", "worksFor", "Kaagaz Films"), ("Rhea Sabharwal", "jobTitle", "founder")},
                 id="company-whose-founder-name"),
    pytest.param("The BBC has appointed Niamh Gallagher as its new director of drama.",
                 {("Niamh Gallagher", "jobTitle", "director of drama"), ("Niamh Gallagher", "worksFor", "BBC")},
                 id="appointed-as-its-director-of-an-area"),
    pytest.param("Netflix said Tom Reyes is leaving the streamer to become president of HBO.",
                 {("Tom Reyes", "jobTitle", "president"), ("Tom Reyes", "worksFor", "HBO")},
                 id="leaves-to-become-title-of-org"),
    pytest.param("BBC Names Niamh Gallagher-Osei Director of Drama as Chris Pembury Heads to ITV\n\n"
                 "The corporation confirmed it.",
                 {("Niamh Gallagher-Osei", "jobTitle", "director of drama"), ("Niamh Gallagher-Osei", "worksFor", "BBC")},
                 id="title-case-headline-names-x-title"),
    pytest.param("Halcyon Pictures Shake-Up: CEO Dana Whitlock Exits, Lionsgate's Rafael Montiel Takes Over\n\n"
                 "Halcyon Pictures has parted ways with Dana Whitlock. Its slate includes \"Low Tide,\" a Halcyon "
                 "Pictures production directed by Ines Verhoeven.",
                 {("Low Tide", "productionCompany", "Halcyon Pictures"), ("Low Tide", "director", "Ines Verhoeven")},
                 id="company-shake-up-headline-and-person-takes-over"),
    pytest.param("'Salt Meadow' Review: A Quiet Triumph\n\nThe film is lovely.\n\nProduction: An A24 release of a "
                 "Northfield Pictures, Tin Cup Films production. Producers: Haruto Ishikawa, Marguerite Solberg. "
                 "Executive producers: Femi Adeyemi, Noor Haddad.\n\nCrew: Director, writer: Marguerite Solberg. "
                 "Editor: Akosua Boateng.\n\nWith: Ifeoma Chukwu, Caleb Ostrowski, Yara Benitez.",
                 {("Salt Meadow", "productionCompany", "Northfield Pictures"),
                  ("Salt Meadow", "productionCompany", "Tin Cup Films"), ("Salt Meadow", "distributor", "A24"),
                  ("Salt Meadow", "producer", "Noor Haddad"), ("Salt Meadow", "director", "Marguerite Solberg"),
                  ("Salt Meadow", "actor", "Caleb Ostrowski")},
                 id="review-credit-block-fields"),
    pytest.param("‘Sunday Supper’ Renewed for Season 3 at Hulu\n\n“Sunday Supper” will return next year. It stars "
                 "Joon-ho Kwak.\n\nIn other Hulu news, “The Understudies” will return for its second season on May 3."
                 "\n\nReturning cast members include Olamide Farouk (Jasper) and Cassidy Bloom (Trina).",
                 {("The Understudies", "actor", "Olamide Farouk"), ("The Understudies", "character", "Jasper")},
                 id="cast-under-the-work-the-paragraph-before-was-about"),
    pytest.param("‘Kingdom of Dust’ Recap, Season 2, Episode 5: ‘Ashes on the Water’\n\nSpoilers ahead for Sunday’s "
                 "episode of Kingdom of Dust.\n\n"
                 "If last week’s episode, “The Long Table,” was talky, then “Ashes on the Water” is the bill coming "
                 "due. We open on the river, where Marisol Vega (Lucia Carrasco) rides out.",
                 {("Kingdom of Dust", "actor", "Lucia Carrasco"), ("Kingdom of Dust", "character", "Marisol Vega")},
                 id="recap-cast-is-the-series-not-the-episode"),
    pytest.param("Glasshouse Summer\n\"Glasshouse Summer\" is a song by Swedish duo Vinterljus, released on 1 June 2018 "
                 "as the lead single from their second album, Polar Distance.\nPolar Distance followed in September "
                 "2018.\nThe accompanying music video, directed by Hanna Vik, premiered on YouTube on 14 June 2018.",
                 {("Glasshouse Summer", "director", "Hanna Vik")}, id="a-titled-page-stays-about-its-title"),
    pytest.param("\"Paper Lanterns\" is the fourth episode and mid-season finale of the second season of the British "
                 "drama series Harrow Fen.",
                 {("Paper Lanterns", "partOfSeries", "Harrow Fen")}, id="episode-and-finale-of-series"),
    pytest.param("At Harbourside she executive produced the BBC One thriller Gallowglass and Channel 4's Marsh Lights, "
                 "both Harbourside productions.",
                 {("Gallowglass", "network", "BBC One")}, id="title-and-another-owner-s-title"),
    pytest.param("Whitcombe's credits include the BBC Two comedy Small Mercies and the Channel 4 miniseries Undertow, "
                 "in which she played Kerry Vance.",
                 {("Small Mercies", "network", "BBC Two"), ("Undertow", "network", "Channel 4")},
                 id="title-and-the-next-cue-noun-title"),
    pytest.param("“The Ninth Floor Tenant” is a film. Park plays Han Min-jae, a security guard on the night shift.",
                 {("Park", "plays", "Han Min-jae"), ("The Ninth Floor Tenant", "character", "Han Min-jae")},
                 id="surname-first-hyphenated-given-name"),
    pytest.param("The Night Harbour\nThe Night Harbour (Korean: 밤의 항구; RR: Bamui Hanggu) is a 2023 South Korean "
                 "television series directed by Park Jun-ho, starring Han Ji-woo and Choi Yu-na.",
                 {("The Night Harbour", "director", "Park Jun-ho"), ("The Night Harbour", "actor", "Choi Yu-na")},
                 id="no-sentence-starts-inside-a-bracket"),
    pytest.param("In the episode, Sheriff Wade Holt and Deputy Lorna Baptiste of the Absaroka County Sheriff's "
                 "Office investigate a fire.",
                 {("Lorna Baptiste", "worksFor", "the Absaroka County Sheriff's Office")}, id="titled-name-of-org"),
    pytest.param("“Abyssal Gate” is a film. Takashima plays Captain Daichi Mori of the Japan Maritime Self-Defense "
                 "Force.",
                 {("Daichi Mori", "worksFor", "Japan Maritime Self-Defense Force")}, id="titled-name-of-institution"),
    pytest.param("Neon has acquired North American rights to Tiago Ferraz's “Saltwater Saints,” a co-production "
                 "between Brazil and Portugal that world premieres in Directors' Fortnight on Thursday.",
                 {("Saltwater Saints", "countryOfOrigin", "Brazil"), ("Saltwater Saints", "countryOfOrigin", "Portugal")},
                 id="title-comma-a-co-production-between"),
    pytest.param("A co-production between South Korea and the United States, \"The Jade Ledger\" is produced by "
                 "Seoul-based Studio Hanbit.",
                 {("The Jade Ledger", "countryOfOrigin", "South Korea")}, id="opening-co-production-between"),
    pytest.param("“Kingfisher,” a production from Canada about two brothers, stars Gabriel Ouellet. “Monsoon "
                 "Letters,” from India, stars Tanvi Deshpande.",
                 {("Kingfisher", "countryOfOrigin", "Canada"), ("Monsoon Letters", "countryOfOrigin", "India")},
                 id="a-production-from-country"),
    pytest.param("Among the gala selections:\n\n• Les Heures Claires (France), directed by Camille Desrosiers.\n"
                 "• Seven Bridges to Daegu (South Korea), a road movie from Hwang Ji-ho.",
                 {("Les Heures Claires", "countryOfOrigin", "France"),
                  ("Seven Bridges to Daegu", "countryOfOrigin", "South Korea")}, id="title-(country)-in-a-line-up"),
    pytest.param("The winners were announced on Monday.\n\nSupporting Performance: Dominic Osei, \"Paper Moon Motel\"\n"
                 "Lead Performance in a Series: Bae Ji-won, \"The Jade Ledger\"; Kemi Adeleke-Ross, \"The Ferryman's "
                 "Wake\"\nBest Writing in a Series: Kang Min-jae, \"The Jade Ledger\"",
                 {("Paper Moon Motel", "actor", "Dominic Osei"), ("The Jade Ledger", "actor", "Bae Ji-won"),
                  ("The Ferryman's Wake", "actor", "Kemi Adeleke-Ross"), ("The Jade Ledger", "writer", "Kang Min-jae")},
                 id="award-category-lines"),
    pytest.param("Tobi Okonkwo-Reyes, star of the BBC series Fathom Street, and Hannah Whitcombe have been tapped to "
                 "headline the series.",
                 {("Fathom Street", "actor", "Tobi Okonkwo-Reyes")}, id="name-comma-star-of-work"),
    pytest.param("Waiting for her is her brother Wendell (Caleb Ostrowski, a \"Thaw\" alumnus), who never left town.",
                 {("Thaw", "actor", "Caleb Ostrowski")}, id="a-title-alumnus"),
    pytest.param("“Sunday Supper” returns in May. The ensemble also includes Gloria Antunez (as Margarita Ruiz, the "
                 "restaurant's unflappable manager), Desmond Achterberg (Pete, a line cook who is secretly a better "
                 "chef than Theo) and Keziah Monroe (as Delia Swann).",
                 {("Gloria Antunez", "plays", "Margarita Ruiz"), ("Desmond Achterberg", "plays", "Pete"),
                  ("Keziah Monroe", "plays", "Delia Swann"), ("Sunday Supper", "character", "Pete")},
                 id="cast-list-brackets-with-as-and-descriptions"),
    pytest.param("“The Quiet Hours” adds two. Seo-yeon Han, who broke out globally in Netflix's \"Paper Lanterns,\" "
                 "will play Dr. Ji-woo Seong.",
                 {("Paper Lanterns", "actor", "Seo-yeon Han")}, id="who-broke-out-in-work"),
    pytest.param("“Low Tide Protocol” adds four. Camille Durand (Les Enfants du Nord), Marcus Oyelaran (Gridlock), "
                 "Hana Kim (Seven Doors) and Rhys Whitford (pictured) are set to star opposite Olivia Brandt.",
                 {("Gridlock", "actor", "Marcus Oyelaran")}, id="list-of-names-with-credits-read-as-appositions"),
    pytest.param("In specialty release, Neon opened Tiago Ferraz's \"Saltwater Saints\" in four theaters on Friday.",
                 {("Saltwater Saints", "director", "Tiago Ferraz")}, id="possessive-title-opened-in-theaters"),
    pytest.param("“Quiet Water” arrives on Netflix next month. Strand plays ferryman Otto Pike and Mey plays "
                 "Greta Holm, a nurse.",
                 {("Quiet Water", "character", "Otto Pike"), ("Mey", "plays", "Greta Holm")},
                 id="x-plays-role-noun-name-and-y-plays"),
    pytest.param("Tonight's episode of “The Quarry” opens at dawn. Wren (Talia Moss, never better) is counting cash "
                 "while the local doctor, Dr. Ivo Marsh (Kamal Aziz, wonderfully smug), looks on.",
                 {("Talia Moss", "plays", "Wren"), ("Kamal Aziz", "plays", "Ivo Marsh")},
                 id="character-(actor,-verdict)"),
    pytest.param("“Salt Flats” premieres on Hulu in May. The series was produced by A24 and Red Kite Productions, "
                 "Mara Gibb's production company.",
                 {("Mara Gibb", "worksFor", "Red Kite Productions")}, id="company-then-owner-s-company"),
    pytest.param("“Salt Flats” premieres on Hulu in May. The revival is produced by CBS Studios, with Ivy Talbot's "
                 "Blue Door Productions.",
                 {("Ivy Talbot", "worksFor", "Blue Door Productions")}, id="owner-s-company-name"),
    pytest.param("Under the pact, Kofi Hart will create and produce new series through his company, Ninth Street "
                 "Pictures.",
                 {("Kofi Hart", "worksFor", "Ninth Street Pictures")}, id="subject-s-own-company"),
    pytest.param("In limited release, Neon expanded Henrik Lund's Swedish-language drama “Ice Hours” to 340 theaters.",
                 {("Ice Hours", "director", "Henrik Lund")}, id="possessive-hyphened-adjective-in-cinemas"),
    pytest.param("“Iron Choir” opened Friday. The film reunites Jax Corr with director Len Sato, who directed him in "
                 "“Hard Stop” and “Hard Stop 2.”",
                 {("Hard Stop", "director", "Len Sato"), ("Hard Stop 2", "director", "Len Sato"),
                  ("Hard Stop", "actor", "Jax Corr"), ("Hard Stop 2", "actor", "Jax Corr")},
                 id="who-directed-him-in-a-and-its-sequel"),
    pytest.param("“Hard Stop 2” opened Friday. It is the sequel to “Hard Stop,” which grossed $40 million. "
                 "Kim Reyes directed “Hard Stop.”",
                 {("Hard Stop", "director", "Kim Reyes")}, id="first-film-is-no-short-name-of-its-sequel"),
    pytest.param("Netflix bought “Gravity Well.” The streamer will debut the film globally in 2026.",
                 {("Gravity Well", "releaseDate", "2026")}, id="streamer-will-debut-the-film"),
    pytest.param("Wren has booked a role in “The Maple Court Murders,” which Searchlight Pictures will release "
                 "next year.",
                 {("The Maple Court Murders", "releaseDate", "2025")}, id="which-a-distributor-will-release"),
    pytest.param("Paramount+ ordered “Lakeview Reunion.” The revival is expected to premiere in fall 2026.",
                 {("Lakeview Reunion", "releaseDate", "2026")}, id="the-revival-is-expected-to-premiere"),
    pytest.param("Lionsgate produced the Starz period drama “The Cold Meridian,” which ran for five seasons, and the "
                 "Hulu comedy “Beckett & Vine.”",
                 {("The Cold Meridian", "numberOfSeasons", 5)}, id="seasons-of-the-relative-clause-s-title"),
    pytest.param("Nordvest Produksjon's chief executive, Siri Aasland, said the deal was big.",
                 {("Siri Aasland", "worksFor", "Nordvest Produksjon")}, id="company-name-ending-abroad"),
    pytest.param("“The Understudies” returns for a second season. New to the company this season is Broadway veteran "
                 "Colette Ambrose, who joins as Vivienne Sorel, a faded screen star hired to headline the troupe's "
                 "doomed revival.",
                 {("The Understudies", "actor", "Colette Ambrose")}, id="a-story-s-revival-is-no-work"),
    pytest.param("She wrapped the horror film “The Night Shift,” due next spring. The true-crime docuseries "
                 "“Ring of Fire,” about a boxing scandal, will premiere Wednesday, Nov. 5.",
                 {("Ring of Fire", "releaseDate", "2025-11-05")}, id="work-noun-before-its-own-title"),
    pytest.param("Quiet Acre review – a tender farm drama with real bite\n\nAbout ten minutes into Quiet Acre (BBC Two, "
                 "9pm), the farmer Nell Hardy (Ada Penn, excellent) stops talking. Penn, best known for Channel 4's "
                 "sitcom Spare Room, is a revelation.",
                 {("Quiet Acre", "actor", "Ada Penn"), ("Quiet Acre", "network", "BBC Two")},
                 id="review-headline-names-its-unquoted-work"),
    pytest.param("Tidal Hours\n\nTidal Hours is a 2019 French drama film directed by Céline Marot, from a screenplay "
                 "she co-wrote with Anton Veer.",
                 {("Tidal Hours", "writer", "Céline Marot"), ("Tidal Hours", "writer", "Anton Veer")},
                 id="from-a-screenplay-she-co-wrote-with"),
    pytest.param("Star Road\n\nStar Road is a Japanese anime television series. The series was produced by Studio Kaze "
                 "and directed by Takeshi Mori, with series composition by Yui Hana and character designs by Kenji Sato.",
                 {("Star Road", "writer", "Yui Hana")}, id="anime-series-composition-by"),
    pytest.param("Pip and the Owl\n\nPip and the Owl is a 2021 animated film. It is loosely based on the 2009 picture "
                 "book The Lantern Owl by Imogen Ash.",
                 {("Pip and the Owl", "basedOn", "The Lantern Owl"), ("The Lantern Owl", "releaseDate", "2009")},
                 id="title-ends-before-by-and-an-author-ner-missed"),
    pytest.param("Tomas Wirz\n\nTomas Wirz (born 1968) is a Polish film director. His debut feature, Cisza po burzy "
                 "(The Calm After the Storm, 2001), won a prize at Gdynia. He is best known for Ostatni prom "
                 "(The Last Ferry, 2009), which starred Jan Ostrow and Agata Wilk.",
                 {("Cisza po burzy", "releaseDate", "2001"), ("Ostatni prom", "releaseDate", "2009"),
                  ("Ostatni prom", "actor", "Agata Wilk")}, id="original-title-before-translation-and-year"),
    pytest.param("Netflix has picked up the crime series “The Mountain Watch.” Eirik Vold (“Frostbite Station”) stars "
                 "as Arne Lunde, the town's newly appointed police chief.",
                 {("Eirik Vold", "plays", "Arne Lunde"), ("The Mountain Watch", "actor", "Eirik Vold")},
                 id="name-then-bracketed-credit-stars-as"),
    pytest.param("Netflix has picked up the crime series “The Mountain Watch.” Sunniva Berg plays Kaisa Mathisen, a "
                 "reporter at the town paper, who has her own reasons for digging, and Mihkkal Eira, a Sámi actor from "
                 "Karasjok, plays the missing man's brother, Nils.",
                 {("Mihkkal Eira", "plays", "Nils"), ("Sunniva Berg", "plays", "Kaisa Mathisen")},
                 id="second-actor-after-an-aside-plays"),
    pytest.param("Critics Name Their Nominees\n\nThe nominees are:\n\nBEST DIRECTOR\nBenno Auer, \"A House in Ghent\"\n"
                 "Ellen Kass, \"Quarry Lane\"\n\nBEST ACTRESS\nRosa Mbeki, \"Quarry Lane\"\n\n"
                 "BEST CINEMATOGRAPHY\nIvo Lund, \"Quarry Lane\"",
                 {("A House in Ghent", "director", "Benno Auer"), ("Quarry Lane", "director", "Ellen Kass"),
                  ("Quarry Lane", "actor", "Rosa Mbeki")}, id="nominees-listed-under-a-category-heading"),
    pytest.param("Jane Rourke is a British actress. Next up, Rourke is filming the second season of Prime Video's "
                 "fantasy drama “The Brass Ring,” in which she plays a mercenary named Orla Vane.",
                 {("Jane Rourke", "plays", "Orla Vane"), ("The Brass Ring", "actor", "Jane Rourke")},
                 id="plays-a-role-noun-named-y"),
    pytest.param("Jane Rourke is a British actress. Her breakout came in 2020, when she was cast as the sharp-tongued "
                 "Detective Inspector Harriet Lowe in ITV's “Coldwater.”",
                 {("Jane Rourke", "plays", "Harriet Lowe"), ("Coldwater", "character", "Harriet Lowe")},
                 id="cast-as-the-hyphened-adjective-name"),
    pytest.param("Quiet Hours\n\nQuiet Hours is a 2019 Indian drama film. Netflix later acquired the film's global "
                 "streaming rights.",
                 {("Quiet Hours", "network", "Netflix")}, id="acquired-the-film-s-streaming-rights"),
    pytest.param("\"Low Fields\" aired on BBC One and ITV in 2019.",
                 {("Low Fields", "network", "BBC One"), ("Low Fields", "network", "ITV")},
                 id="aired-on-two-networks"),
    pytest.param("Dark Sea\n\nDark Sea is a 2016 thriller film. The film follows Cha Tae-sik (Park Min), a captain in "
                 "the Korea Coast Guard who is framed for the sinking of a ferry.",
                 {("Cha Tae-sik", "jobTitle", "captain"), ("Cha Tae-sik", "worksFor", "the Korea Coast Guard")},
                 id="character-(actor),-a-rank-in-an-organisation"),
]

NOT_CAST = [
    pytest.param("Caleb Dunne, best known as Cal, was born in Leeds.", id="best-known-as-a-nickname"),
    pytest.param("Caleb Dunne is best known for directing the ITV drama Marlow Moor, a film shot by Ida Holm.",
                 id="best-known-for-directing-a-work"),
    pytest.param("The studio praised the film for playing it safe.", id="praised-for-playing-no-name"),
    pytest.param("“Copper Saints” is the studio's biggest hit. The studio also confirmed that Ines Marlow is joining "
                 "as chief financial officer.", id="joining-as-a-job-title"),
    pytest.param("Tom Reyes returns as Mara Lind's co-star in the sequel.", id="returns-as-someone-s-co-star"),
    pytest.param("Tom Reyes is also a musician, and performs as part of the Lantern Boys, a blues group.",
                 id="performs-as-part-of-a-band"),
    pytest.param("Tom Reyes plays guitar in the band; Mara Lind is his wife, Ada.", id="is-his-wife-beside-a-non-role"),
    pytest.param('Night Shift is the third studio album by British singer Tom Reyes. It features the singles "Paper '
                 'Moon" (featuring Mara Lind), "Copper Saints" and "Salt Meadow" (sometimes featuring Oskar Brevik).',
                 id="song-(featuring-x)-is-a-guest-artist"),
    pytest.param("Salt Meadow is a 1990 book by Ida Holm. Born in Oslo, the daughter of actors Tom Reyes and Pia "
                 "Sund, she made her debut in 1990.", id="daughter-of-actors-a-and-b"),
    pytest.param("Mara Lind is an American wrestler. In 2009 she signed with Northern Star Wrestling (NSW), "
                 "where she was the first champion.", id="name-(its-initials)-is-no-role"),
    pytest.param("Ines Marlow joined HBO in May. She oversaw “Copper Saints”.", id="joined-a-company"),
]

# The creator named here is another work's, not the article's.
NOT_CREATOR = [
    pytest.param("Copper Saints\n\nCopper Saints is a 2003 adventure video game. Ida Holm, creator of the "
                 "Marrowind series, envisioned the game as a trilogy.", id="creator-of-the-untyped-title-series"),
    pytest.param("Harrow Lane\n\nHarrow Lane is a 2011 Malayalam film. He made his debut in 2003 as a playback "
                 "singer with the song \"Nila Kattu\" from Anand Varma.", id="the-song-x-from-y"),
]

NEGATED = [
    pytest.param("Lena Oduya will not return as Priya Sethi in the second season.", id="will-not-return-as"),
    pytest.param("Reports say Marco Bellini is in talks to play Father Anselm in the film.", id="in-talks-to-play"),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS + MORE_CONSTRUCTIONS)


def test_extract_construction(extract_facts, text, expected):
    assert expected <= extract_facts(text, published="2024-12-05")


@pytest.mark.parametrize("text", NEGATED)


def test_extract_no_plays_fact_from_negated_or_speculative_statement(extract_facts, text):
    assert not [f for f in extract_facts(text) if f[1] in ("plays", "actor", "character")]


@pytest.mark.parametrize("text", NOT_CREATOR)


def test_extract_no_creator_fact(extract_facts, text):
    assert not [f for f in extract_facts(text) if f[1] == "creator"]


@pytest.mark.parametrize("text", NOT_CAST)


def test_extract_no_cast_fact(extract_facts, text):
    assert not [f for f in extract_facts(text) if f[1] in ("plays", "actor", "character")]


def test_extract_a_winner_s_category_is_no_credit_on_the_line_before(extract_facts):
    facts = extract_facts("The winners were announced on Sunday.\nBest Actress: Anna Kovacs, “The Linen Field”\n"
                          "Best Director: Tom Reyes, “Night Gate”")
    assert ("The Linen Field", "director", "Tom Reyes") not in facts


def test_extract_a_character_s_rank_is_no_title_of_the_next_actor(extract_facts):
    facts = extract_facts("Returning cast members include Sven Arvik as Police Chief Jens Vorland, Karin Moe as "
                          "Vorland's mother, Sigrid, and Pål Stene as Jonas.")
    assert ("Karin Moe", "jobTitle", "police chief") not in facts


def test_extract_a_bracketed_credit_gets_nothing_the_sentence_credits(extract_facts):
    facts = extract_facts("Marisol Vantreece has joined “Iron Gate,” a thriller. Bastien Morel (\"Emberline\") is "
                          "directing from a script by Ingrid Sallow and Owen Brightwell.")
    assert not [f for f in facts if f[0] == "Emberline" and f[1] == "writer"]


def test_extract_a_network_gets_its_own_object_not_the_sentence_s_first_work(extract_facts):
    facts = extract_facts("Hulu renewed its comedy Paper Forks, and Starz canceled the period thriller "
                          "The Amber Gate after one season.")
    assert ("Paper Forks", "network", "Starz") not in facts
    assert ("The Amber Gate", "network", "Starz") in facts


def test_extract_a_post_after_a_network_s_possessive_is_no_title(extract_entities):
    entities = extract_entities("She formerly served as CNN's Faith and Values Correspondent.")
    assert entities.get("Faith and Values Correspondent") != "Work"


def test_extract_a_dateline_in_capitals_is_no_roundup_title(extract_entities):
    entities = extract_entities("LOS ANGELES (Reuters) - Disney said on Monday it would raise prices.\n\n"
                                "HARBOR KIDS (Netflix): The series returns.")
    assert entities.get("LOS ANGELES") != "Work"
    assert entities["Harbor Kids"] == "Work"


def test_extract_a_weekly_slot_is_no_release_date(extract_facts):
    facts = extract_facts('"The Last Shop" will premiere on May 16 and air every Saturday and Sunday at 9 p.m.',
                          published="2024-12-05")
    assert {v for w, p, v in facts if p == "releaseDate"} == {"2025-05-16"}


def test_extract_an_award_s_year_is_not_the_title_s(extract_facts):
    facts = extract_facts("She won for the 2022 Emmy winner The Long Road.")
    assert ("The Long Road", "releaseDate", "2022") not in facts


TELENOVELA = ("Corazón de Piedra\n\nCorazón de Piedra (English: Stone Heart) is a Mexican telenovela produced by "
              "Televisa and broadcast on Las Estrellas.\nIt aired from 7 March 2022 to 29 July 2022, running for 105 "
              "episodes.\nThe telenovela is an adaptation of the Colombian telenovela La Casa del Monte (1998).\n"
              "In the United States, the telenovela aired on Univision from 18 April 2022.")


def test_extract_a_word_in_lower_case_is_no_name(extract_entities):
    assert "telenovela" not in extract_entities(TELENOVELA)  # NER read it as a person


def test_extract_an_airing_abroad_is_no_origin_and_a_run_s_end_no_release(extract_facts):
    facts = extract_facts(TELENOVELA)
    assert {("Corazón de Piedra", "countryOfOrigin", "Mexico"), ("Corazón de Piedra", "network", "Univision"),
            ("Corazón de Piedra", "releaseDate", "2022-03-07")} <= facts
    assert ("Corazón de Piedra", "countryOfOrigin", "the United States") not in facts
    assert ("Corazón de Piedra", "releaseDate", "2022-07") not in facts


def test_extract_a_roundup_entry_s_sentences_are_its_title_s(extract_facts):
    facts = extract_facts("Spring Premieres\n\nTHE ASH LEDGER (Prime Video): The spy drama is back sooner than "
                          "expected. Mira Kell once again leads the cast as Inspector Ana Ruiz.\n\nLOW TIDE HOUSE "
                          "(Netflix): The Spanish thriller will debut its final season on Friday. The series was "
                          "created by Jon Arriaga.\n\nMANGO DAYS (Hulu): Created by Sunita Rao, the half-hour comedy "
                          "premieres Wednesday, April 15. Tara Banner stars as Meera, a pastry chef.\n",
                          published="2026-03-02")
    assert {("The Ash Ledger", "actor", "Mira Kell"), ("Low Tide House", "creator", "Jon Arriaga"),
            ("Mango Days", "actor", "Tara Banner"), ("Mango Days", "network", "Hulu")} <= facts
    assert not any(w == "The Ash Ledger" and p in ("creator", "actor") and o != "Mira Kell" for w, p, o in facts)


def test_extract_a_chart_line_s_company_in_brackets_plays_no_one(extract_facts):
    facts = extract_facts("Weekend box office (estimates, domestic): 1. Iron Psalm (Lionsgate) $38.4M / $38.4M "
                          "2. Rakta Simha (Prathyangira Cinemas) $6.8M / $6.8M")
    assert not any(p == "plays" for _, p, _ in facts)


def test_extract_the_page_s_own_title_is_no_short_name_of_a_longer_one(extract_facts):
    facts = extract_facts("Starlit Road\n\nStarlit Road is a Japanese anime television series directed by Kenji "
                          "Mori. Starlit Road aired on Tokyo MX in 2024.\nA video game, Starlit Road: Night Run, "
                          "was released in 2025.")
    assert {("Starlit Road", "network", "Tokyo MX"), ("Starlit Road", "director", "Kenji Mori")} <= facts
    assert not any(w == "Starlit Road: Night Run" and p != "releaseDate" for w, p, _ in facts)


def test_extract_an_unnamed_role_played_by_someone_is_no_named_character_s(extract_facts):
    facts = extract_facts("The Quiet Tenant\n\nThe Quiet Tenant is a British psychological thriller television "
                          "miniseries.\nIt stars Fenella Drummond as Detective Inspector Rosalind Hale, a "
                          "Metropolitan Police officer who rents a room in a Hackney townhouse to investigate its "
                          "reclusive owner, played by Kwame Asante.")
    assert {("Fenella Drummond", "plays", "Rosalind Hale"), ("The Quiet Tenant", "actor", "Kwame Asante")} <= facts
    assert ("Kwame Asante", "plays", "Rosalind Hale") not in facts


def test_extract_a_capitalised_word_opening_a_sentence_before_a_credit_noun_is_no_title(extract_entities):
    entities = extract_entities("Veteran showrunner Tamsin Hale said Mara Voss joins the cast of the drama.")
    assert "Veteran" not in entities and entities.get("Tamsin Hale") == "Person"


def test_extract_a_crew_member_s_bracketed_credit_is_no_role(extract_facts):
    facts = extract_facts("BBC One has ordered Tidewater, an eight-part thriller. Leandro Quiroga "
                          "(The Long Shore) is set to direct from a script by Halvard Moen.")
    assert not [f for f in facts if f[1] in ("plays", "actor", "character")]
    assert ("The Long Shore", "writer", "Halvard Moen") not in facts


def test_extract_each_role_goes_to_the_name_right_before_its_as(extract_facts):
    facts = extract_facts("Red Mesa\nRed Mesa is a 2004 drama film. It was produced by Mistral Pictures, with "
                          "Lila Varga as director and Kiri Tamihana as producer.")
    assert {("Red Mesa", "director", "Lila Varga"), ("Red Mesa", "producer", "Kiri Tamihana")} <= facts
    assert ("Red Mesa", "producer", "Lila Varga") not in facts


def test_extract_co_showrunner_is_no_job_title(extract_facts):
    facts = extract_facts("Glass Orchard\nIda Marlow will serve as co-showrunner alongside Tom Reyes.")
    assert not [f for f in facts if f[1] == "jobTitle"]


def test_extract_an_opening_participle_before_a_credit_noun_is_no_title(extract_entities):
    entities = extract_entities("The Brixley Line ran for 11 seasons. Created by the writer Denholm Fitzwilliam, "
                                "the series was a hit.")
    assert not [name for name in entities if name.startswith("Created")]


def test_extract_a_roundup_entry_line_gives_its_network_and_date_and_its_sentences(extract_facts):
    facts = extract_facts("January Premiere Dates: Every New Show Coming This Month\n\n"
                          "The Tallow Kings (Prime Video, Friday)\n"
                          "The period drama follows a family of candle makers. Lampblack Productions produces.\n\n"
                          "Blackwick Hall (BBC One, Sunday; PBS, March 2)\n"
                          "The gothic mystery stars Ada Lind.", published="2025-01-02")
    assert {("The Tallow Kings", "network", "Prime Video"), ("The Tallow Kings", "releaseDate", "2025-01-03"),
            ("Blackwick Hall", "network", "PBS"), ("Blackwick Hall", "releaseDate", "2025-03-02"),
            ("Blackwick Hall", "actor", "Ada Lind")} <= facts
    assert ("The Tallow Kings", "actor", "Ada Lind") not in facts


def test_extract_a_client_represented_by_an_agency_does_not_work_for_it(extract_facts):
    facts = extract_facts("Nadia Lind is represented by WME, Anonymous Content and Gersh.")
    assert not [f for f in facts if f[1] == "worksFor"]


def test_extract_a_country_in_brackets_after_a_winner_is_no_role(extract_facts):
    facts = extract_facts("Best actress: Sevara Yusupova (Uzbekistan). Horizontes Latinos Award: "
                          "\"Tierra quemada,\" dir. Andres Rengifo.")
    assert not [f for f in facts if f[1] in ("plays", "character")]


def test_extract_an_abbreviated_rank_is_no_job_title(extract_facts):
    facts = extract_facts("Iron Psalm\nIron Psalm stars Ada Ray as Det. Insp. Mara Quill.")
    assert ("Ada Ray", "plays", "Mara Quill") in facts
    assert not [f for f in facts if f[1] == "jobTitle"]


def test_extract_a_publisher_nobody_s_given_name_opens_is_a_company(extract_entities):
    entities = extract_entities("Hollowmere is a 2018 video game developed by Kestrel Forge and published by "
                                "Devolver Digital for Microsoft Windows.")
    assert entities.get("Devolver Digital") == "Organization"


def test_extract_names_before_a_verb_after_a_plural_work_noun_are_no_titles(extract_entities):
    entities = extract_entities("Ida Vane loved the films Tom Reyes made in the 1970s.")
    assert "Work" not in entities.values()


def test_extract_a_producer_named_like_a_person_is_no_co_producing_company(extract_facts):
    facts = extract_facts("The Hollow Hours\nThe Hollow Hours is a 1967 mystery film. It was produced by "
                          "Shochiku, with Takeshi Inoue as producer.")
    assert ("The Hollow Hours", "productionCompany", "Shochiku") in facts
    assert ("The Hollow Hours", "productionCompany", "Takeshi Inoue") not in facts


def test_extract_adapting_a_novel_writes_no_novel(extract_facts):
    facts = extract_facts("The Tallow Kings\nThe Tallow Kings is a drama series. Ambrose Kettering adapted the "
                          "novel Candlelight.")
    assert not [f for f in facts if f[1] == "writer" and f[0] == "Candlelight"]


def test_extract_its_season_after_a_name_the_ner_has_not_typed_is_no_earlier_work_s(extract_facts):
    facts = extract_facts("Salt Marsh\nSalt Marsh is a drama series. Ada Ray most recently starred in ITV's "
                          "Lantern Street, which wrapped its third and final season last year.")
    assert not [f for f in facts if f[0].startswith("Salt Marsh season")]


def test_extract_a_season_folded_into_its_series_lends_it_no_alias(nlp):
    from showgraph.api import build_graph
    from showgraph.records import Article

    kg = build_graph([Article("t.txt", "\"Harbor Lane\" returns for its third season.")], nlp=nlp)
    series = next(e for e in kg.iter_entities() if e.name == "Harbor Lane")
    assert series.subtype == "TVSeries" and series.aliases == ()


def test_extract_a_jury_head_s_calling_and_a_filmmaker_s_possession(extract_facts):
    facts = extract_facts("The jury, led by French producer Helene Castagnet, handed its Special Jury Prize to "
                          "Danish filmmaker Mikkel Bronnum's \"The Ferryman's Ledger.\"")
    assert ("The Ferryman's Ledger", "director", "Mikkel Bronnum") in facts
    assert not [f for f in facts if f[1] in ("producer", "creator")]


def test_extract_quoted_speech_before_a_description_is_no_title(extract_entities):
    entities = extract_entities("\"It was a great night,\" a spokesperson for the film said.")
    assert "Work" not in entities.values()


def test_extract_a_director_s_surname_before_her_debut_stays_hers(extract_facts, extract_entities):
    text = ("'Hollow Creek' Review: A Chilling Debut\n\nDirected by Maya Lindqvist from a script by Tom Reyes, "
            "Hollow Creek stars Ada Quill as Nora, a widow who returns to her family's farm. In Lindqvist's debut, "
            "Quill is magnetic. The film opens in theaters Friday via A24.")
    assert extract_entities(text).get("Lindqvist") != "Work"
    assert not [f for f in extract_facts(text) if f[0] == "Lindqvist"]


def test_extract_an_unnamed_role_s_actor_in_brackets_holds_no_title(extract_facts):
    facts = extract_facts("A subplot involving a mainland solicitor (Margaret Osei) never quite connects.")
    assert not [f for f in facts if f[1] in ("jobTitle", "worksFor")]


def test_extract_a_director_s_bracketed_credit_is_no_role(extract_facts):
    facts = extract_facts("Directed by Nadia Rahman (Tidewater) and starring Theo Langford and Sienna Ruiz as Owen "
                          "Mercer and Lia Santos, Gravity Falls opened Friday.")
    assert not [f for f in facts if f[1] in ("plays", "actor", "character") and "Nadia Rahman" in (f[0], f[2])]
    assert ("Gravity Falls", "director", "Nadia Rahman") in facts


def test_extract_a_producer_named_with_as_is_no_partner_company(extract_facts):
    facts = extract_facts("The Lantern Film is a 1999 film. It was produced by Shochiku, with Takeshi Inoue as producer.")
    assert ("The Lantern Film", "productionCompany", "Shochiku") in facts
    assert not [f for f in facts if f[1] == "productionCompany" and f[2] == "Takeshi Inoue"]


def test_extract_a_bracketed_credit_after_a_cast_or_crew_name_is_no_role(extract_facts):
    cast = extract_facts("Apple TV+ has ordered Cold Meridian, a thriller, with Elijah Moore (Redwater) set to star "
                         "and executive produce.")
    crew = extract_facts("Pip and the Puddle Patrol is a Netflix series. Sinead Brennan (Moonlight Mice) developed "
                         "the book for television and serves as head writer.")
    assert not [f for f in cast | crew if f[1] in ("plays", "character")]
    assert ("Pip and the Puddle Patrol", "creator", "Sinead Brennan") in crew


def test_extract_credits_in_brackets_of_a_cast_list_are_no_roles(extract_facts):
    facts = extract_facts("The Lantern Keepers is a Hulu limited series. Dev Malhotra (Paper Cranes) and Ingrid "
                          "Solberg (Nordvik) have also been cast.")
    assert not [f for f in facts if f[1] in ("plays", "character")]
    assert {("The Lantern Keepers", "actor", "Dev Malhotra"), ("The Lantern Keepers", "actor", "Ingrid Solberg")} <= facts


def test_extract_a_bullet_s_dash_is_no_part_of_a_title(extract_facts):
    facts = extract_facts("Stray observations: - Deputy Carl Briggs (Marcus Dell) got exactly one line this week.")
    assert [f for f in facts if f[1] == "jobTitle"] == [("Carl Briggs", "jobTitle", "deputy")]


def test_extract_a_film_credit_of_a_work_is_no_post(extract_facts):
    facts = extract_facts("The Long Acre is a rural epic from Hollis Wade, the writer-director of Cornfield Psalms.")
    assert not [f for f in facts if f[1] in ("jobTitle", "worksFor")]
    post = extract_facts("Tom Reyes, the creative director of Harbour Light Films, said so.")
    assert ("Tom Reyes", "worksFor", "Harbour Light Films") in post


def test_extract_played_by_under_a_described_role_is_not_the_subject_s_role(extract_facts):
    facts = extract_facts("“The Long Acre” is a drama. Ruth Okonjo stars as a Nebraska farmer fighting off a land "
                          "developer played by Grant Ellison.")
    assert not [f for f in facts if f[1] in ("plays", "character")]


def test_extract_a_hyphenated_given_name_is_a_person_but_not_a_prefixed_word(extract_entities):
    entities = extract_entities("Seo-yeon Han joins the cast. The Re-run Jones show was cancelled.")
    assert entities.get("Seo-yeon Han") == "Person"
    assert "Re-run Jones" not in entities


def test_extract_whose_founder_works_for_the_company_before_whose_only(extract_facts):
    facts = extract_facts("Sunday Supper is produced by 20th Television and Slow Burn Pictures, whose founder Oren "
                          "Pasternak executive produces with Bellweather and Carvajal.")
    assert ("Oren Pasternak", "worksFor", "Slow Burn Pictures") in facts
    assert ("Oren Pasternak", "worksFor", "20th Television") not in facts


def test_extract_hired_as_director_of_a_film_is_no_post(extract_facts):
    facts = extract_facts("Netflix hired Tom Reyes as director of the film.")
    assert not [f for f in facts if f[1] in ("jobTitle", "worksFor")]


def test_extract_a_headline_noun_after_a_company_is_no_part_of_its_name(extract_entities):
    entities = extract_entities("Halcyon Pictures Shake-Up: CEO Dana Whitlock Exits, Lionsgate's Rafael Montiel "
                                "Takes Over\n\nThe studio confirmed it.")
    assert entities.get("Halcyon Pictures") == "Organization"
    assert not [name for name in entities if "Shake" in name or "Takes" in name]


def test_extract_a_field_line_ends_at_its_first_colon(extract_facts):
    facts = extract_facts("Moonrise (2016)\n\nDirector: Ada Quill\nRating: R (for language)\n\nIt is a film.")
    assert ("Moonrise", "director", "Ada Quill") in facts
    assert not [f for f in facts if f[1] == "director" and f[2] != "Ada Quill"]


def test_extract_an_episode_s_own_title_in_apposition_is_no_series(extract_facts):
    facts = extract_facts("‘Kingdom of Dust’ Recap: ‘Ashes on the Water’\n\nSpoilers ahead for Sunday’s episode of "
                          "Kingdom of Dust.\n\nIf last week’s episode, “The Long Table,” was Kingdom of Dust at its "
                          "most talky — a dinner where everyone lied — then “Ashes on the Water” is the bill coming due.")
    assert not [f for f in facts if f[1] == "partOfSeries" and f[2] == "The Long Table"]


def test_extract_a_title_and_its_bracketed_translation_are_one_work(extract_facts):
    facts = extract_facts("Cannes: Lionsgate Takes French Thriller 'Le Dernier Phare'\n\nLionsgate has acquired "
                          "North American rights to Le Dernier Phare (The Last Lighthouse), Celine Aubert's tense "
                          "coastal thriller.")
    assert ("Le Dernier Phare", "distributor", "Lionsgate") in facts
    assert not [f for f in facts if f[1] in ("plays", "character", "actor")]


def test_extract_a_genre_in_a_title_case_headline_is_no_work(extract_entities):
    entities = extract_entities("Cannes: Lionsgate Takes French Thriller 'Le Dernier Phare'\n\nLionsgate has "
                                "acquired it.")
    assert entities.get("Le Dernier Phare") == "Work"
    assert "Thriller" not in entities
    # in the body, NER's one-word title stands
    assert extract_entities("Le Dernier Phare\n\nVideos included \"Beat Box\" and Thriller, which MTV "
                            "played.").get("Thriller") == "Work"


def test_extract_a_bracket_with_more_than_countries_names_no_origin(extract_facts):
    facts = extract_facts("Coming this week:\n\n• Harbor Lights (Netflix, UK), a drama about two sisters.\n"
                          "• The actor, from India, stars in “Monsoon Letters.”")
    assert not [f for f in facts if f[1] == "countryOfOrigin"]


def test_extract_a_described_bracket_outside_a_cast_is_no_role(extract_facts):
    facts = extract_facts("Tom Reyes (Netflix, a streamer he joined in 2020) spoke at the festival.")
    assert not [f for f in facts if f[1] in ("plays", "character", "actor")]


def test_extract_credits_in_a_cast_list_read_as_appositions_are_no_roles(extract_facts):
    facts = extract_facts("“Low Tide Protocol” adds four. Camille Durand (Les Enfants du Nord), Marcus Oyelaran "
                          "(Gridlock), Hana Kim (Seven Doors) and Rhys Whitford (pictured) are set to star opposite "
                          "Olivia Brandt.")
    assert not [f for f in facts if f[1] in ("plays", "character")]


def test_extract_a_possessive_title_beside_another_film_keeps_its_creator(extract_facts):
    facts = extract_facts("The band covered Mara Lind's \"Salt Road\", and gave \"No Shelter\" to the film Harbor Lights.")
    assert not [f for f in facts if f[1] == "director" and f[2] == "Mara Lind"]


def test_extract_a_place_named_like_a_person_owning_a_described_film_is_a_person(extract_entities):
    entities = extract_entities("On Friday, A24 expanded Joachim Brask's Danish-language drama “Tidewater” "
                                "to 612 theaters.")
    assert entities.get("Joachim Brask") == "Person"


def test_extract_a_nominee_under_a_category_with_no_credit_gets_none(extract_facts):
    facts = extract_facts("The nominees are:\n\nBEST ACTRESS\nRosa Mbeki, \"Quarry Lane\"\n\n"
                          "BEST CINEMATOGRAPHY\nIvo Lund, \"Quarry Lane\"\nAna Vik, \"Salt Days\"")
    assert ("Quarry Lane", "actor", "Rosa Mbeki") in facts
    assert not [f for f in facts if f[2] in ("Ivo Lund", "Ana Vik")]


def test_extract_a_roundup_s_list_of_streamers_airs_no_one_work_on_each(extract_facts):
    facts = extract_facts("What to Stream in December\n\n“Salt Road” leads the month. Here are the biggest titles "
                          "arriving on Netflix, Hulu, Prime Video and Peacock in December.")
    assert not [f for f in facts if f[1] == "network" and f[2] in ("Hulu", "Prime Video", "Peacock")]


def test_extract_a_band_s_own_album_is_not_one_it_distributes(extract_facts):
    facts = extract_facts("Velvet Maps reunited in 2013 and released their fifth album, Hollow Oak, in 2015.")
    assert ("Hollow Oak", "releaseDate", "2015") in facts
    assert not any(p == "distributor" for _, p, _ in facts)


def test_extract_an_award_before_a_description_is_no_title(extract_facts):
    facts = extract_facts("The studio makes Hulu's Emmy-winning legal drama The Ledger Room.")
    assert not [f for f in facts if f[0] == "Emmy"]


def test_extract_a_place_before_a_description_is_no_title(extract_entities):
    entities = extract_entities("Callum Draycott was seen in Paramount+'s Tudor period piece The King's Physician.")
    assert entities.get("Tudor") != "Work"


def test_extract_a_director_s_bracketed_credit_is_no_acting_role(extract_facts):
    facts = extract_facts('Focus Features is making the drama "Tin Parade." Wendell Achebe ("Brick & Bone") has '
                          'been tapped to direct; casting is under way.')
    assert ("Brick & Bone", "director", "Wendell Achebe") in facts
    assert ("Brick & Bone", "actor", "Wendell Achebe") not in facts


def test_extract_a_quote_glued_to_a_word_opens_no_title(extract_entities):
    entities = extract_entities("It is based on the novel \"The Clockmaker's Ward.\" Bastien Morel (\"Emberline\") "
                                "is producing.")
    assert entities.get("Bastien Morel") == "Person"


def test_extract_a_singer_s_single_credits_no_maker(extract_facts):
    facts = extract_facts("Nina Shell's 2002 single “Glass Hearts” reached number two.")
    assert not [f for f in facts if f[0] == "Glass Hearts" and f[2] == "Nina Shell"]


def test_extract_a_staff_writer_at_a_company_writes_no_work(extract_facts):
    facts = extract_facts("Brinewater Kings\nBrinewater Kings is an American crime drama television series created by "
                          "Jonah Penrose.\nBefore creating the show, Penrose had spent six years as a staff writer at "
                          "Northgate Entertainment.")
    assert ("Brinewater Kings", "writer", "Jonah Penrose") not in facts


def test_extract_a_distributor_s_release_is_not_its_production(extract_facts):
    facts = extract_facts("Further down the chart, the Lionsgate release “Thistle Creek,” a rural drama, expanded to "
                          "612 theaters.")
    assert ("Thistle Creek", "distributor", "Lionsgate") in facts
    assert ("Thistle Creek", "productionCompany", "Lionsgate") not in facts


def test_extract_a_page_s_published_line_dates_no_work(extract_facts):
    facts = extract_facts("'Larkspur Bay' Returns in January\nPublished Wednesday, November 18, 2026\n\n“Larkspur Bay” "
                          "returns to Apple TV+ in January.")
    assert ("Larkspur Bay", "releaseDate", "2026-11-18") not in facts


def test_extract_an_actor_cast_next_takes_no_title_of_the_character_before(extract_facts):
    facts = extract_facts("“The Night Shift” stars Lorna Pikeman as Tess Corrigan, alongside Felix Danby as crime "
                          "reporter Hugo Barlow and Rupert Glenn as the paper's owner, Conrad Wexley.")
    assert ("Rupert Glenn", "jobTitle", "crime reporter") not in facts


def test_extract_the_series_never_means_a_bracketed_earlier_credit(extract_facts):
    facts = extract_facts("Peacock has released the first trailer for “Snowlark,” its six-part thriller. “Snowlark” "
                          "was created for television by Sunniva Berg (“Fjordline”), who also serves as head writer. "
                          "The series is directed by Halvard Moen.")
    assert ("Fjordline", "director", "Halvard Moen") not in facts


def test_extract_a_noun_before_a_title_is_part_of_it(extract_facts):
    facts = extract_facts("Northwind Studios has named Tessa Marlow president, as longtime TV chief Owen Brandt "
                          "prepares to step down.")
    assert ("Owen Brandt", "jobTitle", "tv chief") in facts
    assert ("Owen Brandt", "jobTitle", "chief") not in facts


def test_extract_the_second_post_of_a_joint_title_is_no_title_of_its_own(extract_facts):
    facts = extract_facts("The deal was signed by HBO chairman and CEO Ada Quill on Monday.")
    assert ("Ada Quill", "jobTitle", "ceo") not in facts


def test_extract_working_somewhere_as_a_student_is_no_job(extract_facts):
    facts = extract_facts("Ada Quill wrote the series. She has said the idea grew out of a summer she spent working on "
                          "the same stretch of coast as a student.")
    assert not [f for f in facts if f[1] == "jobTitle"]


def test_extract_year_of_an_award_after_and_is_no_release_date(extract_facts):
    facts = extract_facts("Salt Road Express is a 2012 documentary film. It premiered at Sundance in 2012 "
                          "and won a Peabody Award in 2013.")
    assert ("Salt Road Express", "releaseDate", "2012") in facts
    assert not [f for f in facts if f[1] == "releaseDate" and f[2] == "2013"]


def test_extract_present_airing_abroad_is_no_country_of_origin(extract_facts):
    facts = extract_facts("“Salt Road” is a drama series. It airs on Hulu in Canada, and with other partners "
                          "in 40 other countries.")
    assert not [f for f in facts if f[1] == "countryOfOrigin"]


def test_extract_a_person_s_life_years_are_no_release_date(extract_facts):
    facts = extract_facts("Harrow Lane High School is a school in Leicester. Its former pupils include the author "
                          "Mara Lindqvist (1946–2014) and the rugby player Tom Reyes.")
    assert not [f for f in facts if f[1] == "releaseDate"]


def test_extract_a_year_or_a_name_before_episodes_or_seasons_is_no_count(extract_facts):
    facts = extract_facts("Harrow Lane is a drama series. After appearing in a 1995 episode of the series, "
                          "Tom Reyes joined the band The Four Winds.")
    assert not [f for f in facts if f[1] in ("numberOfEpisodes", "numberOfSeasons")]


def test_extract_fronted_created_by_credits_the_clause_subject_not_the_film(extract_facts):
    facts = extract_facts("Pip Lowry is a fictional character in the 2009 animated film “Harrow Lane”. Created by "
                          "Ida Holm and Tom Reyes and animated by Oskar Brevik, Pip Lowry is voiced by Mara Lind "
                          "as an adult.")
    assert ("Harrow Lane", "actor", "Mara Lind") in facts
    assert not [f for f in facts if f[1] == "creator"]


def test_extract_an_actor_as_a_titled_character_has_no_job_title(extract_facts):
    facts = extract_facts("Tom Reyes is an American actor. Reyes spent the 2008-2009 television season as "
                          "Detective Ana Cole in the US version of Harrow Lane.")
    assert not [f for f in facts if f[0] == "Tom Reyes" and f[1] == "jobTitle"]


def test_extract_an_actor_as_a_described_role_has_no_job_title(extract_facts):
    facts = extract_facts("The film stars Ada Brenn as Mira Holt and Tomas Keel as the detective.")
    assert not [f for f in facts if f[0] == "Tomas Keel" and f[1] == "jobTitle"]


def test_extract_award_categories_are_no_people(extract_facts):
    facts = extract_facts("Harrow Lane is a 1969 American drama film directed by Ida Holm. The film received nine "
                          "nominations at the Academy Awards including Best Director, Best Actress (for Mara Lind), "
                          "Best Supporting Actress (for Pia Sund) and Best Adapted Screenplay.")
    assert [f for f in facts if f[1] == "director"] == [("Harrow Lane", "director", "Ida Holm")]


@pytest.mark.parametrize("definition", [
    "“Paper Lanterns” is a song by Danish singer Mara Lind.",
    # The copula past the title's full stop, closing quote and line break; "a 1967 single" tagged an adjective.
    "\"Paper Lanterns.\"\nis a song by Danish singer Mara Lind.",
    "\"Paper Lanterns\" is a 1967 single credited to Mara Lind.",
])


def test_extract_song_written_by_is_no_writer_credit(extract_facts, definition):
    facts = extract_facts(f"Paper Lanterns\n\n{definition} "
                          "It was written by Mara Lind and Tom Reyes and produced by Ida Holm.")
    assert ("Paper Lanterns", "producer", "Ida Holm") in facts
    assert not [f for f in facts if f[1] == "writer"]


def test_extract_pronoun_resolved_to_character(extract_facts):
    text = ("Ada Quill is a forger who hides in the archive. She is played by Marisol Vantreece, "
            "who joined “The Glass Orchard” last spring.")
    assert ("Marisol Vantreece", "plays", "Ada Quill") in extract_facts(text)


def test_extract_surname_resolved_to_full_name(extract_facts):
    text = ("Marisol Vantreece joined “The Glass Orchard” last spring. "
            "Vantreece plays Ada Quill, a forger.")
    facts = extract_facts(text)
    assert ("Marisol Vantreece", "plays", "Ada Quill") in facts
    assert not [f for f in facts if f[0] == "Vantreece"]


@pytest.mark.parametrize(("text", "name", "expected_type"), [
    pytest.param("Northwind Studios Taps Ada Quill as President of Television\n\nThe studio announced the move on "
                 "Monday.", "Northwind Studios", "Organization", id="a-headline-verb-ends-a-name"),
    pytest.param("CBS set its fall dates. The Ada Quill-led procedural will return in January.", "Ada Quill",
                 "Person", id="a-name-led-procedural-is-a-person"),
    ("Netflix renewed “Tamarind Summer” for a second season.", "Netflix", "Organization"),
    ("Jonah Whitfield stars as Elias Crane in “The Glass Orchard”.", "Elias Crane", "Character"),
    ("Jonah Whitfield stars as Elias Crane in “The Glass Orchard”.", "Jonah Whitfield", "Person"),
    ("Jonah Whitfield stars as Elias Crane in “The Glass Orchard”.", "The Glass Orchard", "Work"),
    ("The series ‘Locust’ drew a record audience.", "Locust", "Work"),
    ("The drama 'Better Days Ahead' drew a record audience.", "Better Days Ahead", "Work"),
    ("The Harrow Lane actress, 31, joined the cast.", "Harrow Lane", "Work"),
    ("He grew up watching Moon Wars and Riders of the Second Dawn.", "Riders of the Second Dawn", "Work"),
    ("Festival favourite Ida Holm won at the Lisbon Film Festival.", "Lisbon Film Festival", None),
    ("The book was written by J.K. Rowling and published in June.", "J.K. Rowling", "Person"),
    ("Mara Lind narrated The Bramblings, a children's television programme.", "The Bramblings", "Work"),
    ("Jonah Ferris-Lake and Robin Maddox have been cast.", "Jonah Ferris-Lake", "Person"),
    ("He was cast in Pip and the Paper Moon, the animated musical.", "Pip and the Paper Moon", "Work"),
    ("Oskar Brevik\n\nOskar Brevik (born 3 March 1970 in Bergen) is a Norwegian actor.", "Oskar Brevik", "Person"),
    # NER's organisation with a given name first and no company word is a person
    ("Benoît Ferrand will direct.", "Benoît Ferrand", "Person"),
    # after a broadcaster's possessive, a name with no given name first is a show
    ("He was the sleazy lawyer on HBO's Gilded Rot for a decade.", "Gilded Rot", "Work"),
    ("Netflix's Bela Okafor said the show would return.", "Bela Okafor", "Person"),
    # a work noun parsed as the name's compound names a title
    ("Coming in second was Prime Video's action film Vesper Run.", "Vesper Run", "Work"),
    ("The Velvet Kites members Ana Brook and Joel Marr wrote the song.", "Velvet Kites", "Organization"),
    ("She worked as a clerk at the Boston law firm Hartley & Gunn.", "Hartley & Gunn", "Organization"),
    # a double surname NER cut at its hyphen is one name
    ("The drama stars Anjali Sethi-Roy and Ayodele Fairweather.", "Anjali Sethi-Roy", "Person"),
    ("A press conference in Seoul, May 31. AP-Yonhap", "AP", "Organization"),
    # proper nouns ending in a company word that NER left out
    ("Kowalczyk directed the Greywater Pictures production, which stars Tom Ashby.", "Greywater Pictures",
     "Organization"),
    # a name in apposition to "a documentary" or "X's documentary" is a title; after a fronted
    # "directed by X", "the episode" opens the main clause and X stays a person
    ("Salt Ledger, a documentary about Welsh fishermen, opens Friday.", "Salt Ledger", "Work"),
    # a broadcaster's possessive before a title and its season, not before a description
    ("Hulu's The Wardens season 2 opened with 688 million minutes.", "The Wardens", "Work"),
    ("Written by Alma Pryce and directed by Tobias Renner, the episode aired on Fox in March.", "Tobias Renner",
     "Person"),
    ("Ida Holm, the documentary filmmaker, joined the jury.", "Ida Holm", "Person"),
    ("Tamsin Vale\n\nTamsin Vale was a British folk duo formed in 1971.", "Tamsin Vale", "Organization"),
    pytest.param("Copper Lanes\nCopper Lanes are an English indie pop band formed in Leeds in 2009.", "Copper Lanes",
                 "Organization", id="a-title-line-with-one-line-break-is-what-the-next-line-defines"),
    ("Ada Quill is the protagonist of the novel.", "Ada Quill", "Character"),
    ("He has also appeared in Tom Reyes 2, a sequel, and in Mara Lind 3.", "Tom Reyes 2", "Work"),
    ("Netflix has renewed Copper Saints for a second season.", "Copper Saints", "Work"),
    ("“Salt Road” opens Friday. It was produced by Harbour Light Films and opens in cinemas Friday.",
     "Harbour Light Films", "Organization"),
    ("Harrow Lane returns for its third season on June 5.", "Harrow Lane", "Work"),
    ("Mara Lind returns for the second season.", "Mara Lind", "Person"),
    ("The film is produced by Tom Reyes under his banner Moonward Films.", "Moonward Films", "Organization"),
    ("The story follows the adventures of Tamsk, a young cartographer.", "Tamsk", "Character"),
    ("The film sees Tom Reyes return as Ada Quill's father.", "Tom Reyes", "Person"),
    ("Harrow Lane is a 2019 drama film. In the film, Tom Reyes delivers a career-best turn.", "Tom Reyes", "Person"),
    ("\"Tin Lanterns\" is a song by English rock group Salt Harbour.", "Salt Harbour", "Organization"),
    ("Mara Lind (born June 3, 1970, Dunmore, Ohio) is an American filmmaker.", "Dunmore", "Place"),
    ("Harbour Lights is a British crime drama television series. It was produced by Copper Films.", "Copper Films",
     "Organization"),    pytest.param("The comedy stars Ada Quill, Tom Reyes and Dana Nielsen.", "Dana Nielsen", "Person",
                 id="a-known-company-s-name-as-a-surname-is-a-person"),
])


def test_extract_entity_types(extract_entities, text, name, expected_type):
    assert extract_entities(text).get(name) == expected_type


@pytest.mark.parametrize("text", [
    pytest.param("“Cold Harbour” returns March 4 with its first three episodes.", id="its-first-three-episodes"),
    pytest.param("Ada Quill will guest-star in a two-episode arc on “Cold Harbour”.", id="a-two-episode-arc"),
    pytest.param("“Cold Harbour” is uneven: the middle two episodes tread water.", id="the-middle-two-episodes"),
    pytest.param("Five episodes into the season, “Cold Harbour” finally found its footing.", id="five-episodes-into"),
])


def test_extract_some_of_a_work_s_episodes_are_no_episode_count(extract_facts, text):
    assert not [f for f in extract_facts(text, published="2024-12-05") if f[1] == "numberOfEpisodes"]


def test_extract_a_word_before_a_noun_after_as_is_no_job_title(extract_facts):
    facts = extract_facts("The singer Mara Lind has cited Tom Reyes and Ada Quill as major influences.")
    assert not [f for f in facts if f[1] == "jobTitle"]


def test_extract_a_character_s_non_trade_agent_noun_is_no_job_title(extract_facts):
    facts = extract_facts("Lena Ruiz plays Poppy Marsh, a teenager who hears voices, in “Cold Harbour”.")
    assert ("Lena Ruiz", "plays", "Poppy Marsh") in facts
    assert not [f for f in facts if f[1] == "jobTitle"]


def test_extract_a_length_of_time_from_another_event_is_no_release_date(extract_facts):
    facts = extract_facts("The renewal comes a week after Apple canceled the workplace comedy “Sunny Acres”.",
                          published="2025-05-06")
    assert not [f for f in facts if f[1] == "releaseDate"]


def test_extract_a_weekday_before_a_date_is_that_date(extract_facts):
    facts = extract_facts("The network set its fall dates. “Fire Lane” returns Friday, Oct. 17, on CBS.",
                          published="2025-07-17")
    assert ("Fire Lane", "releaseDate", "2025-10-17") in facts
    assert ("Fire Lane", "releaseDate", "2025-07-18") not in facts


def test_extract_season_with_its_own_date_is_part_of_its_series(extract_facts):
    text = ("“Harrow Lane” returns this winter. HBO said Harrow Lane season 2 will premiere on the "
            "network January 30, with eight episodes.")
    facts = extract_facts(text, published="2024-12-05")
    assert ("Harrow Lane season 2", "releaseDate", "2025-01-30") in facts
    assert ("Harrow Lane season 2", "partOfSeries", "Harrow Lane") in facts
    assert not [f for f in facts if f[0] == "Harrow Lane season 2" and f[1] == "network"]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("‘Cold Harbour’ Renewed at Apple TV+\n\nApple TV+ has renewed the drama “Cold Harbour” for a third "
                 "season. The second season, which premiered March 7 and ran 10 episodes, doubled its audience.",
                 {("Cold Harbour season 2", "releaseDate", "2025-03-07"), ("Cold Harbour season 2", "numberOfEpisodes", 10),
                  ("Cold Harbour season 2", "partOfSeries", "Cold Harbour")}, id="the-second-season-of-the-article"),
    pytest.param("“Cold Harbour” is a hit for ABC.\n\nSeason 3 premiered Oct. 2 on ABC.",
                 {("Cold Harbour season 3", "releaseDate", "2024-10-02")}, id="season-n-opening-a-sentence"),
    pytest.param("This recap covers Sunday's episode of AMC's “Cold Harbour.” The eight-episode second season "
                 "concludes March 22.", {("Cold Harbour season 2", "numberOfEpisodes", 8)},
                 id="the-n-episode-second-season"),
])


def test_extract_a_season_no_series_names_is_the_article_s(extract_facts, text, expected):
    assert expected <= extract_facts(text, published="2025-05-06")


def test_extract_the_nth_season_of_the_drama_is_the_last_named_work_s(extract_facts):
    facts = extract_facts("Hulu renewed “Glass Hollow” in May.\n\nThe streamer announced Thursday that the second "
                          "season of the Emmy-nominated family drama will premiere Wednesday, March 4.",
                          published="2026-01-15")
    assert ("Glass Hollow season 2", "releaseDate", "2026-03-04") in facts
    assert ("Glass Hollow", "releaseDate", "2026-03-04") not in facts


def test_extract_a_first_season_with_only_a_date_is_the_series_premiere(extract_facts, extract_entities):
    text = ("Tom Reyes will appear in the spy drama “Citadel Row.” The first season of the streaming show is "
            "slated to premiere on April 28.")
    assert ("Citadel Row", "releaseDate", "2024-04-28") in extract_facts(text, published="2024-04-04")
    assert "Citadel Row season 1" not in extract_entities(text)


def test_extract_another_ordinal_season_is_no_work_of_its_own(extract_entities):
    text = ("“Fire Lane” returns for its third season on Oct. 12. The Ada Quill-led procedural will return "
            "for its third season in January.")
    assert "third season" not in extract_entities(text)


def test_extract_a_genre_after_a_network_s_possessive_in_a_headline_is_no_title(extract_entities):
    text = ("‘Halfway Inn’ Review: Ada Quill Is Magnetic in HBO's Slow-Burn Small-Town Thriller\n\n"
            "HBO's “Halfway Inn” premieres June 22.")
    assert extract_entities(text).get("Slow-Burn Small-Town Thriller") != "Work"


def test_extract_a_demonym_inside_an_award_s_name_is_no_country(extract_facts):
    facts = extract_facts("“Glass Harbours” is the second album by the band The Kelpies. It was shortlisted for "
                          "the Scottish Album of the Year Award.")
    assert not [f for f in facts if f[1] == "countryOfOrigin"]


def test_extract_a_finale_s_date_is_no_release_date(extract_facts):
    facts = extract_facts("Fox has canceled “Dead Water” after two seasons. The remaining episodes will air as "
                          "scheduled, culminating in the series finale on Monday, May 11.", published="2026-04-21")
    assert not [f for f in facts if f[1] == "releaseDate"]


def test_extract_known_for_directing_is_no_acting_credit(extract_facts):
    facts = extract_facts("Tom Reyes is best known for directing “Nordlicht.”")
    assert ("Nordlicht", "actor", "Tom Reyes") not in facts


def test_extract_a_thing_that_is_no_work_dates_no_release(extract_facts):
    facts = extract_facts("Warner Bros.' “Iron Gate” took first place this weekend. Overall, the weekend's box "
                          "office came to roughly $102 million, up 12 percent from the same frame last year.",
                          published="2025-11-09")
    assert not [f for f in facts if f[1] == "releaseDate"]


def test_extract_season_without_date_or_count_folds_into_series(extract_entities):
    text = "“Harrow Lane” is a hit. Mara Lind stars as Ada Quill in Harrow Lane season 2."
    entities = extract_entities(text)
    assert entities.get("Harrow Lane") == "Work"
    assert "Harrow Lane season 2" not in entities


def test_extract_episode_is_part_of_series_and_cast_goes_to_series(extract_facts):
    text = ("Spoilers follow for “Frostline”, which aired Sunday as the second episode of HBO's "
            "The Glass Orchard. The episode, directed by Hanne Solberg, is quiet. "
            "Delphine Achard (Marisol Vantreece) is at her most brittle here.")
    facts = extract_facts(text, published="2022-02-08")
    assert ("Frostline", "partOfSeries", "The Glass Orchard") in facts
    assert ("Frostline", "director", "Hanne Solberg") in facts
    assert ("The Glass Orchard", "character", "Delphine Achard") in facts
    assert not [f for f in facts if f[0] == "Frostline" and f[1] in ("actor", "character")]


def test_extract_an_episode_article_s_cast_is_the_episode_s(extract_facts):
    text = ("Tin Harbour (Gullwing)\n\n\"Tin Harbour\" is the third episode of the first series of the British "
            "drama Gullwing. It was directed by Orla Becquet and first broadcast on ITV on 2 May 2017.\n\n"
            "In the episode, Sergeant Nell Hardacre (Prue Tavistock) searches for a stolen boat.\n\n"
            "The episode features guest appearances by Hamish Roe as Tam Pell.")
    facts = extract_facts(text)
    assert {("Tin Harbour", "actor", "Prue Tavistock"), ("Tin Harbour", "character", "Nell Hardacre"),
            ("Tin Harbour", "actor", "Hamish Roe"), ("Tin Harbour", "partOfSeries", "Gullwing")} <= facts


def test_extract_an_earlier_credit_in_brackets_gets_no_new_character(extract_facts):
    facts = extract_facts("\"Harrow Lane\" has added a guest star. Priya Venn (\"Home Run\") will guest as Anju Rao.")
    assert ("Home Run", "character", "Anju Rao") not in facts


def test_extract_a_cast_list_joins_the_article_s_work_not_a_member_s_earlier_credit(extract_facts):
    facts = extract_facts("\"The Ashby Files\" has rounded out its cast. Tess Morland (\"Blue Quay\"), Idris Callan, "
                          "Nell Fairley and Oskar Lind have joined the cast of the series, which is filming in Vancouver.")
    assert ("The Ashby Files", "actor", "Idris Callan") in facts
    assert ("Blue Quay", "actor", "Idris Callan") not in facts


def test_extract_producing_partners_after_with_are_no_cast(extract_facts):
    facts = extract_facts('Created by Ines Lamb, who executive produces with Marco Feld and Jo Pike, "St. Brendan" '
                          'also stars Carla Mendel and Devin Hartt.')
    assert ("St. Brendan", "actor", "Carla Mendel") in facts
    assert not [f for f in facts if f[1] == "actor" and f[2] in ("Marco Feld", "Jo Pike")]


def test_extract_a_and_b_as_x_and_c_as_y_pairs_no_actor_with_an_actor(extract_facts):
    facts = extract_facts("The comedy stars Ada Brenn and Lou Vance as Mira Holt and Tomas Keel as Jory Pratt.")
    assert ("Tomas Keel", "plays", "Jory Pratt") in facts
    assert not [f for f in facts if f[1] == "plays" and f[2] == "Tomas Keel"]


def test_extract_a_nameless_role_played_by_x_gives_the_actor_alone(extract_facts):
    facts = extract_facts("In the film Salt Cove, the lighthouse keeper was played by Oren Vail.")
    assert ("Salt Cove", "actor", "Oren Vail") in facts
    assert not [f for f in facts if f[1] in ("plays", "character")]


def test_extract_a_title_after_a_bracketed_actor_is_the_character_s(extract_facts):
    facts = extract_facts("Harbor Night is a 2016 South Korean action film starring Jang Min-ho and Seo Ji-yeon. "
                          "The film follows Oh Dae-sik (Jang), a detective who boards a ferry.")
    assert ("Oh Dae-sik", "jobTitle", "detective") in facts
    assert not [f for f in facts if f[0] == "Jang Min-ho" and f[1] == "jobTitle"]


def test_extract_a_title_after_x_as_y_is_the_character_s(extract_facts):
    facts = extract_facts("Made in Spain for a streaming service, the series stars Lucía Ferrán as Inés Valcárcel, a "
                          "lieutenant investigating a smuggling ring, and Álvaro Roig as Marc Sallent, the mountain guide.")
    assert ("Inés Valcárcel", "jobTitle", "lieutenant") in facts
    assert not [f for f in facts if f[0] == "Lucía Ferrán" and f[1] == "jobTitle"]


def test_extract_a_rank_before_a_name_is_not_the_next_owner_s(extract_facts):
    facts = extract_facts("Set in a fishing town, the series Brinefield follows Detective Inspector Hale Maddox "
                          "(Orla Kenning). The series also stars Gideon Rusk as Detective Sergeant Ellis Crane, "
                          "Maddox's reluctant partner.")
    assert ("Ellis Crane", "jobTitle", "detective sergeant") in facts
    assert ("Hale Maddox", "jobTitle", "detective sergeant") not in facts


def test_extract_language_adjective_is_no_country(extract_facts):
    facts = extract_facts("Harrow Lane\n\nHarrow Lane is a 2019 Korean-language drama film by Ida Holm. "
                          "It premiered at the Korean Film Council's festival.")
    assert ("Harrow Lane", "releaseDate", "2019") in facts
    assert not [f for f in facts if f[1] == "countryOfOrigin"]


def test_extract_language_of_a_title_is_no_country(extract_facts):
    facts = extract_facts("Casa del Puerto\n\nCasa del Puerto (Lit: House of the Harbour / English title: "
                          "Harbour House) is a Mexican telenovela produced by Ida Holm for Canal Sol in 1995.")
    assert ("Casa del Puerto", "countryOfOrigin", "Mexico") in facts
    assert not [f for f in facts if f[1] == "countryOfOrigin" and f[2] != "Mexico"]


def test_extract_its_adaptation_is_the_network_s_work_not_its_source(extract_facts):
    facts = extract_facts("Hulu has found the leads for “Harrow Lane”, its series adaptation of “Copper Saints”, "
                          "the 2018 game created by the studio Orrery Works.")
    assert ("Harrow Lane", "network", "Hulu") in facts
    assert ("Copper Saints", "network", "Hulu") not in facts


def test_extract_a_company_in_a_casting_sentence_is_no_cast_member(extract_facts):
    facts = extract_facts("Tom Reyes, who stars as Elias Crane on the Netflix drama “Copper Saints,” has signed a "
                          "deal with Northwind Pictures.")
    assert ("Copper Saints", "actor", "Tom Reyes") in facts
    assert not [f for f in facts if f[2] == "Northwind Pictures"]


def test_extract_a_maker_s_release_verb_dates_its_object_not_the_topic(extract_facts):
    facts = extract_facts("Paper Moon\n\n“Paper Moon” is a 1967 single by American singer Mara Lind. It was her "
                          "biggest solo hit until she hit number one in 1974 with “Copper Saints”. In 1976 her label "
                          "released her debut album “Night Shift”.")
    assert ("Paper Moon", "releaseDate", "1967") in facts
    assert ("Paper Moon", "releaseDate", "1974") not in facts
    assert ("Night Shift", "releaseDate", "1976") in facts


def test_extract_a_nationality_and_role_noun_is_a_profession_not_a_credit(extract_facts):
    facts = extract_facts("Oskar Brevik\n\nOskar Brevik is a Norwegian screenwriter and television producer who has "
                          "worked on many shows, including Harbour Lights, Salt Meadow and The Copper Road.")
    assert not [f for f in facts if f[1] in ("producer", "writer")]


def test_extract_who_credits_its_antecedent_alone(extract_facts):
    facts = extract_facts("Lena Oduya (Priya) and executive producer Tom Reyes, who also directed last night's episode "
                          "of “Harbour Lights,” spoke after the finale.")
    assert ("Harbour Lights", "director", "Lena Oduya") not in facts


def test_extract_a_person_s_debut_dates_no_work(extract_facts):
    facts = extract_facts("Tom Reyes\n\nTom Reyes is a Mexican actor. In 1990 his debut as an actor. In 2005 starred "
                          "in “Copper Saints” as main antagonist.")
    assert not [f for f in facts if f[1] == "releaseDate" and f[2] == "1990"]


def test_extract_a_role_after_a_comma_belongs_to_the_name_before_it(extract_facts):
    facts = extract_facts("“We are thrilled to begin,” said Mara Lind, showrunner and executive producer and Tom Reyes, "
                          "director of multiple episodes and executive producer of “Harbour Lights”.")
    assert ("Harbour Lights", "director", "Mara Lind") not in facts


def test_extract_written_and_directed_by_a_and_produced_by_b_gives_b_one_credit(extract_facts):
    facts = extract_facts("Copper Saints\n\nCopper Saints is a 1998 British comedy film written and directed by Mara "
                          "Lind and produced by Tom Reyes. The film stars Oskar Brevik and Pia Sund.")
    assert ("Copper Saints", "producer", "Tom Reyes") in facts
    assert ("Copper Saints", "writer", "Tom Reyes") not in facts


def test_extract_directed_by_after_an_untyped_title_credits_no_other_work(extract_facts):
    facts = extract_facts("Lena Oduya\n\nLena Oduya (born 4 May 1970) is a Kenyan actress. She is best known for her "
                          "roles in the films Paper Moon (1995) and Copper Saints (1999). She also appeared in Night "
                          "Shift, directed by Tom Reyes.")
    assert ("Paper Moon", "director", "Tom Reyes") not in facts


def test_extract_producing_his_untitled_album_credits_no_work(extract_facts):
    facts = extract_facts("Night Shift\n\nNight Shift is a 1992 album by the American rock band Salt Harbour. The group "
                          "disbanded in 2000, after Tom Reyes departed to focus on producing his first solo album.")
    assert not [f for f in facts if f[1] == "producer"]


def test_extract_both_released_in_a_year_dates_no_topic(extract_facts):
    facts = extract_facts("Paper Moon\n\n\"Paper Moon\" is a song by American singer Mara Lind. Lind had worked with Tom "
                          "Reyes on her previous two albums Bionic and Salt Meadow, both released in 2010.")
    assert ("Paper Moon", "releaseDate", "2010") not in facts


def test_extract_the_protagonist_of_a_novel_is_its_character_not_a_cast_member(extract_facts):
    facts = extract_facts("Salt Meadow\n\nSalt Meadow is a 1873 novel by Ida Holm. The protagonist is Tom Reyes, an "
                          "escaped political prisoner.")
    assert ("Salt Meadow", "character", "Tom Reyes") in facts
    assert not [f for f in facts if f[1] in ("plays", "actor")]


def test_extract_the_writer_who_describes_a_person_credits_nothing(extract_facts):
    facts = extract_facts("Salt Meadow\n\n\"Salt Meadow\" is a short story by Mara Lind. The story shows her debt to Tom "
                          "Reyes, the writer who had the most influence on her generation.")
    assert ("Salt Meadow", "writer", "Mara Lind") in facts
    assert ("Salt Meadow", "writer", "Tom Reyes") not in facts


def test_extract_a_relative_s_job_is_no_credit(extract_facts):
    facts = extract_facts("Oskar Brevik\n\nOskar Brevik is an Indian playback singer and director. He made his debut "
                          "with the song \"Paper Moon\" from Salt Meadow. Brevik is son of the actor and screenwriter "
                          "Tom Reyes.")
    assert not [f for f in facts if f[1] == "writer"]


def test_extract_an_author_s_character_makes_the_author_no_cast_member(extract_facts):
    facts = extract_facts("It was preceded by the 1990 film Harbour Lights and the 1992 film Copper Saints, all three "
                          "featuring Lind's character Ada Quill.")
    assert ("Copper Saints", "character", "Ada Quill") in facts
    assert not [f for f in facts if f[1] in ("plays", "actor")]


def test_extract_a_film_from_a_titled_director_is_no_creator_credit(extract_facts):
    facts = extract_facts("“Salt Road”, the debut feature from writer-director Ida Holm, has been acquired by "
                          "Lionsgate.")
    assert ("Salt Road", "creator", "Ida Holm") not in facts


def test_extract_a_film_from_plural_producers_gives_their_credit_not_a_creator(extract_facts):
    facts = extract_facts("“Salt Road”, the new film from producers Ida Holm and Tom Reyes, opens Friday.")
    assert {("Salt Road", "producer", "Ida Holm"), ("Salt Road", "producer", "Tom Reyes")} <= facts
    assert ("Salt Road", "creator", "Ida Holm") not in facts


def test_extract_a_role_in_apposition_is_not_given_to_a_titled_conjunct(extract_facts):
    facts = extract_facts("“Quiet Harbour” returns. Its showrunner, Ida Holm, and the actor Tom Reyes spoke.")
    assert ("Quiet Harbour", "producer", "Ida Holm") in facts
    assert ("Quiet Harbour", "producer", "Tom Reyes") not in facts


def test_extract_the_author_of_an_untitled_source_novel_is_no_writer_of_the_film(extract_facts):
    facts = extract_facts("The Hollow Orchard is a 2014 drama film directed by Pia Lund. It was adapted from a "
                          "novel by Greta Maddox.")
    assert ("The Hollow Orchard", "director", "Pia Lund") in facts
    assert ("The Hollow Orchard", "writer", "Greta Maddox") not in facts


def test_extract_a_person_inside_a_company_subject_is_no_producer(extract_facts):
    facts = extract_facts("Tallow Street Pictures under Kevin Doyle produced the limited series \"Salt Hymn\".")
    assert ("Salt Hymn", "productionCompany", "Tallow Street Pictures") in facts
    assert ("Salt Hymn", "producer", "Kevin Doyle") not in facts


def test_extract_producing_an_adaptation_of_a_novel_is_no_producer_credit_of_the_novel(extract_facts):
    facts = extract_facts("Under his new deal, Kevin Doyle will executive produce projects for the studio, starting "
                          "with an adaptation of Ruth Harper's novel \"The Salt Years,\" which he will produce with "
                          "Sarah Mitchell.")
    assert ("The Salt Years", "writer", "Ruth Harper") in facts
    assert not [f for f in facts if f[0] == "The Salt Years" and f[1] == "producer"]


def test_extract_a_post_at_an_institution_is_no_director_credit(extract_facts):
    facts = extract_facts("\"Salt Hymn\" is a drama series. The cast includes Sarah Mitchell as the museum's director, "
                          "Ada Quill, and Paul Finch as Ned.")
    assert not [f for f in facts if f[1] == "director"]


def test_extract_a_work_in_a_who_clause_about_the_subject_is_not_the_cast_s_work(extract_facts):
    facts = extract_facts('Netflix is adapting the novel "Harrow Fen". Mae Underhill, who made her debut last year in '
                          'the short "Red Kite," is attached to star as Yaa.')
    assert ("Harrow Fen", "character", "Yaa") in facts
    assert ("Red Kite", "character", "Yaa") not in facts


def test_extract_a_nickname_people_call_someone_is_no_title(extract_entities):
    entities = extract_entities('Netflix has dated "Harrow Fen". Sergeant Tam Ure (Orla Brecken) spends the hour '
                                'chasing a man the dockers call "Pike," and while Brecken is charming, it drags.')
    assert entities.get("Pike") != "Work"


def test_extract_a_maker_s_bracketed_credit_is_no_acting_credit(extract_facts):
    facts = extract_facts('Peacock has rounded out the cast of "Cairn Hollow," its thriller from Ida Roane ("Dust '
                          'Lanterns"), with Petra Hallgren among those set to star.')
    assert ("Dust Lanterns", "actor", "Ida Roane") not in facts


def test_extract_an_award_with_an_article_is_no_title(extract_entities):
    entities = extract_entities('Howells, who won a Welsh BAFTA for the role in 2023, returns alongside Jody '
                                'Akerlund as Emrys Pugh in "Cairn Hollow".')
    assert not [name for name in entities if "BAFTA" in name]


def test_extract_a_part_in_a_cast_list_is_no_job(extract_facts):
    facts = extract_facts('BBC One has set a date for the third series of "Cairn Hollow". Lindqvist, who won a '
                          'Welsh BAFTA for the role in 2023, returns alongside Jody Akerlund as Emrys Pugh, her '
                          'ex-husband; Mae Underhill as the pathologist Dr Ana Roe; and Dale Whitcombe as her boss.')
    assert ("Jody Akerlund", "plays", "Emrys Pugh") in facts
    assert not [f for f in facts if f[0] == "Dale Whitcombe" and f[1] == "jobTitle"]


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    pytest.param('In third place, Lionsgate\'s horror entry "The Tenth Guest" scared up $14.1 million.',
                 ("The Tenth Guest", "distributor", "Lionsgate"),
                 ("The Tenth Guest", "productionCompany", "Lionsgate"), id="releasing-studio's-film"),
    pytest.param('On the specialty front, Neon\'s "Vera at Noon" opened in four theaters on Friday.',
                 ("Vera at Noon", "distributor", "Neon"), None, id="distributor's-film"),
    pytest.param('Lionsgate\'s drama series "Harrow Fen" returns in May.',
                 ("Harrow Fen", "productionCompany", "Lionsgate"),
                 ("Harrow Fen", "distributor", "Lionsgate"), id="releasing-studio's-series"),
    pytest.param('Mae Underhill recently wrapped production on Focus Features\' "Salt Meadow".',
                 ("Salt Meadow", "productionCompany", "Focus Features"),
                 ("Salt Meadow", "distributor", "Focus Features"), id="production-on-studio's-film"),
])
def test_extract_what_a_company_s_possessed_work_credits(extract_facts, text, expected, not_expected):
    facts = extract_facts(text)
    assert expected in facts
    assert not_expected not in facts


def test_extract_a_network_s_name_ending_a_title_is_no_network(extract_entities):
    entities = extract_entities("Wick and the Brass Fox\n\nWick and the Brass Fox is a 2011 British animated "
                                "film.")
    assert entities.get("Wick and the Brass Fox") == "Work"
    assert "Fox" not in entities



def test_extract_an_adaptation_s_short_title_is_not_short_for_its_source(extract_facts):
    facts = extract_facts('"Nightbird" Trailer: A Voice on the Radio\n\nParamount Pictures has released the first trailer '
                          'for "Nightbird," the horror thriller from Ida Roane. The script is based on "Nightbird: The '
                          'Far Shore," the 2016 graphic novel by Ken Ohara. Tom Reyes of Dunmarsh Pictures produced '
                          'the film.')
    assert ("Nightbird", "basedOn", "Nightbird: The Far Shore") in facts
    assert ("Nightbird", "producer", "Tom Reyes") in facts
    assert ("Nightbird: The Far Shore", "producer", "Tom Reyes") not in facts


def test_extract_she_in_a_where_clause_is_the_person_named_before_it(extract_facts):
    facts = extract_facts("Northgate has named Mae Underhill head of drama. Tom Reyes will stay on. The hire is the latest "
                          "move at Northgate, which last month brought on Sarah Mitchell as head of unscripted from "
                          "Peacock, where she had been senior vice president of alternative programming.")
    assert ("Sarah Mitchell", "jobTitle", "senior vice president of alternative programming") in facts
    assert not [f for f in facts if f[0] == "Tom Reyes"]


def test_extract_bringing_someone_on_as_a_post_is_a_hire(extract_facts):
    facts = extract_facts("Northgate last month brought on Sarah Mitchell as head of unscripted.")
    assert {("Sarah Mitchell", "jobTitle", "head of unscripted"), ("Sarah Mitchell", "worksFor", "Northgate")} <= facts


def test_extract_a_hyphenated_title_before_a_name_keeps_its_first_word(extract_facts):
    facts = extract_facts("Salt Bay\n\nSalt Bay is a soap opera. The original cast included Bruce Tull as caravan-park "
                          "owner Ray Fenn. The film is from writer-director Ida Holm.")
    assert ("Ray Fenn", "jobTitle", "park owner") not in facts
    assert ("Ray Fenn", "jobTitle", "caravan-park owner") in facts
    assert not [f for f in facts if f[0] == "Ida Holm" and f[1] == "jobTitle"]


def test_extract_a_title_ending_in_of_gives_the_name_after_it_no_job(extract_facts):
    facts = extract_facts("Harrow Fen\n\nRuth Caskey, the chief executive of Caskey Freight, is played by Isa Fournier "
                          "with serene menace.")
    assert ("Isa Fournier", "plays", "Ruth Caskey") in facts
    assert not [f for f in facts if f[1] == "jobTitle" and f[2].endswith(" of")]


def test_extract_a_co_directed_production_and_a_starring_conjunct_are_no_other_credits(extract_facts):
    facts = extract_facts('"Paper Moths" slipped to second. The animated production, which was co-directed by Yuki '
                          'Tanaka and Bram Oost, features Mei Ash as the voice of Suki. "Summer of the Wren" landed in '
                          'fourth. The coming-of-age drama, which was directed by Noor Kassab and stars newcomer Elliot '
                          'Brandt, has been one of the best-reviewed releases of the summer.')
    assert ("Paper Moths", "director", "Bram Oost") in facts
    assert not [f for f in facts if f[1] == "producer"]
    assert ("Summer of the Wren", "director", "Noor Kassab") in facts
    assert ("Summer of the Wren", "director", "Elliot Brandt") not in facts


def test_extract_a_non_english_series_is_no_english_one(extract_facts):
    facts = extract_facts("Moon Ledger\n\nMoon Ledger is a South Korean thriller series. Moon Ledger became the "
                          "most-watched non-English series on Netflix in its second week.")
    assert ("Moon Ledger", "countryOfOrigin", "South Korea") in facts
    assert ("Moon Ledger", "countryOfOrigin", "England") not in facts


def test_extract_everyone_listed_before_of_a_company_works_for_it(extract_facts):
    facts = extract_facts('Peacock has ordered "Gull Harbour". Ida Holm executive produces alongside Danny Whit and '
                          'Aiko Mats of Ferrous Bay Productions, which produces with Universal Television.')
    assert {("Danny Whit", "worksFor", "Ferrous Bay Productions"),
            ("Aiko Mats", "worksFor", "Ferrous Bay Productions")} <= facts


def test_extract_a_name_listed_with_a_person_is_a_person(extract_facts):
    facts = extract_facts('Netflix has dated season two of "Glass Strait". Voss also executive produces. Directors for '
                          'the new season include Helle Aagaard and Carlos Echeverria.')
    assert {("Glass Strait", "director", "Helle Aagaard"), ("Glass Strait", "director", "Carlos Echeverria")} <= facts


def test_extract_a_run_s_end_or_a_later_format_is_no_release_date(extract_facts):
    facts = extract_facts('Tom Reyes starred in "Copper Vale." Copper Vale, which ran on HBO from 2014 to 2016, '
                          "made him famous. Its final episode aired on 21 November 2016. Ines Marlow has run "
                          "the studio's film division since 2021. "
                          'The film "Salt Bells" got a home video release in spring 2017.')
    assert ("Copper Vale", "releaseDate", "2014") in facts
    assert not [f for f in facts if f[1] == "releaseDate" and f[2][:4] in ("2016", "2021", "2017")]
    facts = extract_facts("Tuppence Row\n\nTuppence Row is a British sitcom. The first episode was broadcast on "
                          "6 January 1994, and the last on 23 December 1997.")
    assert {f[2] for f in facts if f[1] == "releaseDate"} == {"1994-01-06"}


def test_extract_what_a_year_owns_is_no_event_and_a_bracketed_network_no_person_s_show(extract_entities,
                                                                                      extract_facts):
    text = ("Mara Lind won at 2023's Lakeshore Film Festival. Ted Vane (Netflix) and the Norwegian "
            "Broadcasting Corporation (NRK) spoke on the panel.")
    assert not [name for name, kind in extract_entities(text).items() if kind == "Work"]
    assert not [f for f in extract_facts(text) if f[1] == "network"]
