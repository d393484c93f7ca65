package org.plenary.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.correspondence.AddresseeGroup;
import org.plenary.correspondence.DraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.SendLetter;
import org.plenary.correspondence.WriteLetterVersion;
import org.plenary.documents.Documents;
import org.plenary.identity.Account;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The President's letter of 18 June 2020 from Geneva, which sent Working Paper 4 on the Lausanne Action Plan to
 * the States Parties and the observer organisations, written in English with its French and Spanish versions and
 * sent that day, replayed with the demo's clock. With the profile {@code demo} only.
 */
@Component
@Profile("demo")
class DemoLetters {

    static final String REFERENCE = "BFX/BERAL – 854-03-02-09";
    private static final Instant SENT = OffsetDateTime.parse("2020-06-18T10:00:00+02:00").toInstant();

    private final DraftLetter draft;
    private final WriteLetterVersion version;
    private final SendLetter send;
    private final Documents documents;
    private final Processes processes;
    private final DemoClock clock;

    DemoLetters(DraftLetter draft, WriteLetterVersion version, SendLetter send, Documents documents,
            Processes processes, DemoClock clock) {
        this.draft = draft;
        this.version = version;
        this.send = send;
        this.documents = documents;
        this.processes = processes;
        this.clock = clock;
    }

    void create(ProcessId process, Account president) {
        Actor actor = new Actor(president.id().value(), president.username(), president.displayName(), null, false);
        SystemActor.runAs(actor, () -> clock.replay(SENT, () -> {
            List<String> workingPaper = documents.visible(processes.require(process)).stream()
                    .filter(d -> d.symbol() != null && d.symbol().toString().equals("CCM/CONF/2020/WP.4"))
                    .map(d -> d.id().toString()).toList();
            Letter letter = draft.execute(new DraftLetter.Command(process, REFERENCE, LocalDate.of(2020, 6, 18),
                    "Geneva", "Second Preparatory Meeting: Working Paper 4 on the Lausanne Action Plan", """
                    Excellency,

                    I have the honour to write to you in my capacity as President of the Second Review Conference \
                    of the Convention on Cluster Munitions.

                    Further to my letter of 29 May 2020, I am pleased to share with you Working Paper 4, which lists \
                    possible elements of the future Lausanne Action Plan. It will be discussed under item 5 (b) of \
                    the provisional agenda of the Second Preparatory Meeting, to be held in Geneva on \
                    4 September 2020.

                    I would be grateful if delegations could prepare short and practical interventions indicating \
                    which elements should be retained, which should be amended and how, and what is missing.

                    Please accept, Excellency, the assurances of my highest consideration.""",
                    List.of(AddresseeGroup.STATES_PARTIES, AddresseeGroup.OBSERVER_ORGANISATIONS), workingPaper,
                    List.of(), "Félix Baumann", "President of the Second Review Conference", true));
            version.execute(new WriteLetterVersion.Command(process, letter.id(), "fr",
                    "Deuxième réunion préparatoire : document de travail 4 sur le Plan d’action de Lausanne", """
                    Excellence,

                    J’ai l’honneur de vous écrire en ma qualité de Président de la deuxième Conférence d’examen de \
                    la Convention sur les armes à sous-munitions.

                    Comme suite à ma lettre du 29 mai 2020, j’ai le plaisir de vous transmettre le document de \
                    travail 4, qui énumère des éléments possibles du futur Plan d’action de Lausanne. Il sera \
                    examiné au titre du point 5 b) de l’ordre du jour provisoire de la deuxième réunion \
                    préparatoire, qui se tiendra à Genève le 4 septembre 2020.

                    Je serais reconnaissant aux délégations de bien vouloir préparer des interventions brèves et \
                    concrètes indiquant les éléments à conserver, ceux à modifier, et de quelle manière, ainsi que \
                    ce qui fait défaut.

                    Je vous prie d’agréer, Excellence, les assurances de ma très haute considération.""",
                    "Président de la deuxième Conférence d’examen"));
            version.execute(new WriteLetterVersion.Command(process, letter.id(), "es",
                    "Segunda Reunión Preparatoria: documento de trabajo 4 sobre el Plan de Acción de Lausana", """
                    Excelencia:

                    Tengo el honor de dirigirme a usted en mi calidad de Presidente de la Segunda Conferencia de \
                    Examen de la Convención sobre Municiones en Racimo.

                    En relación con mi carta de 29 de mayo de 2020, me complace transmitirle el documento de \
                    trabajo 4, en el que se enumeran posibles elementos del futuro Plan de Acción de Lausana. El \
                    documento se examinará en relación con el tema 5 b) del programa provisional de la Segunda \
                    Reunión Preparatoria, que se celebrará en Ginebra el 4 de septiembre de 2020.

                    Agradecería que las delegaciones prepararan intervenciones breves y prácticas en las que \
                    indiquen qué elementos deberían conservarse, cuáles deberían modificarse y de qué manera, y \
                    qué falta.

                    Aprovecho la oportunidad para reiterarle, Excelencia, las seguridades de mi más alta \
                    consideración.""",
                    "Presidente de la Segunda Conferencia de Examen"));
            send.execute(process, letter.id());
        }));
    }
}
