/** The people and groups of the console chat: enough to try every role with no account. */
export interface ConsolePerson {
  id: string;
  name: string;
  /** Admin of every console group, so this person can link a group to a cell. */
  admin: boolean;
}

export interface ConsoleGroup {
  id: string;
  title: string;
}

export const CONSOLE_PEOPLE: ConsolePerson[] = [
  { id: "console:lan", name: "Nguyễn Thị Lan", admin: true },
  { id: "console:hung", name: "Trần Văn Hùng", admin: false },
  { id: "console:tuan", name: "Lê Minh Tuấn", admin: false },
  { id: "console:ha", name: "Phạm Thu Hà", admin: false },
];

export const CONSOLE_GROUPS: ConsoleGroup[] = [
  { id: "console:group-1", title: "Chi bộ Khu phố 1" },
  { id: "console:group-2", title: "Chi bộ Khu phố 2" },
];
