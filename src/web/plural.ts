/** A count with its noun: "1 item", "3 items", "2 sprints". */
export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;
