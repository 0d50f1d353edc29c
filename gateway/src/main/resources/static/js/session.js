/** The signed-in user ({username, name, roles, unit}) or null; set once by app.js at start. */
export const session = { me: null };
