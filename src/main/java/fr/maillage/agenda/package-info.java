/**
 * Events of the platform: regional days, workshops, webinars, visits and qualification cycles of
 * several sessions, with public registration, waiting list, attendance, satisfaction surveys and
 * statistics.
 */
package fr.maillage.agenda;
