/** The numbered pager now lives with the other list pieces (./list/ListPager); this name stays for its users. */
export { Pager } from "./list/ListPager";
