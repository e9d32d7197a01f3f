/**
 * Value types, errors, audit trail, mail and paging helpers that every module builds on.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.maillage.shared;
