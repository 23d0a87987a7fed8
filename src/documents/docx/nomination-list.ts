/**
 * "DANH SÁCH đề nghị biểu dương tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo …"
 * of a cell's round, in the columns of mẫu 03 (seeds/003): name, position (the role in the cell,
 * as the glossary words it), achievements; the collectives, then the members. Before the
 * secretary confirms the round, every proposal is listed and the list says it is a draft.
 */
import type { NominationList, Nominee, Say } from "../document-data.js";
import {
  body,
  type Content,
  dataTable,
  partyDocument,
  type Section,
  toBuffer,
} from "./party-document.js";

function nomineeTable(nominees: readonly Nominee[], collective: boolean, say: Say): Content {
  return dataTable(
    [
      { header: say("doc-column-number"), weight: 8, align: "center" },
      {
        header: say(collective ? "doc-column-collective" : "doc-column-name"),
        weight: 26,
      },
      ...(collective ? [] : [{ header: say("doc-column-role"), weight: 16 }]),
      { header: say("doc-column-achievements"), weight: collective ? 54 : 40 },
      { header: say("doc-column-support"), weight: 12, align: "center" as const },
    ],
    nominees.map((nominee, i) => [
      String(i + 1),
      nominee.name,
      ...(collective ? [] : [nominee.role ? say(`doc-role-${nominee.role}`) : ""]),
      nominee.reason,
      String(nominee.votes),
    ]),
  );
}

function kindSection(list: NominationList, collective: boolean, say: Say): Section {
  const nominees = list.nominees.filter((n) => (n.kind === "collective") === collective);
  return {
    title: say(
      collective ? "doc-nominations-section-collectives" : "doc-nominations-section-individuals",
    ),
    body:
      nominees.length === 0
        ? [
            body(
              say(collective ? "doc-nominations-no-collectives" : "doc-nominations-no-individuals"),
            ),
          ]
        : [nomineeTable(nominees, collective, say)],
  };
}

/** The cell's list of nominees for praise in a round, as a .docx file. */
export async function nominationListDocx(list: NominationList, say: Say): Promise<Buffer> {
  const year = String(list.year);
  const round = say(`doc-nominations-round-${list.round}`, { year });
  const document = partyDocument({
    heading: list.heading,
    title: say("doc-nominations-title"),
    subtitle: say("doc-nominations-subtitle", { year, round }),
    sections: [
      body(say(list.confirmed ? "doc-nominations-intro" : "doc-nominations-draft", { round })),
      kindSection(list, true, say),
      kindSection(list, false, say),
    ],
    say,
  });
  return toBuffer(document);
}
