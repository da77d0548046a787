package org.recordrelief.model.code;

import java.util.List;

/**
 * California codes that appear in criminal records, with the spellings county systems use for them.
 * Aliases are written in upper case; the parser lets dots and the spaces around {@code &} vary.
 */
public enum LegalCode {
    HS("Health and Safety Code", "HS", "H&S", "HSC", "H&SC", "H/S", "HEALTH & SAFETY CODE",
            "HEALTH AND SAFETY CODE", "HEALTH & SAFETY", "HEALTH AND SAFETY"),
    PC("Penal Code", "PC", "CPC", "PEN", "PENAL CODE", "PENAL"),
    VC("Vehicle Code", "VC", "CVC", "VEH", "VEHICLE CODE", "VEHICLE"),
    BP("Business and Professions Code", "BP", "B&P", "BPC", "B&PC", "BUS & PROF", "BUSINESS & PROFESSIONS CODE",
            "BUSINESS AND PROFESSIONS CODE"),
    WI("Welfare and Institutions Code", "WI", "W&I", "WIC", "W&IC", "WELFARE & INSTITUTIONS CODE",
            "WELFARE AND INSTITUTIONS CODE"),
    FG("Fish and Game Code", "FG", "F&G", "FGC", "FISH & GAME CODE", "FISH AND GAME CODE"),
    GC("Government Code", "GC", "GOV", "GOVERNMENT CODE"),
    HN("Harbors and Navigation Code", "HN", "H&N", "HNC", "HARBORS & NAVIGATION CODE"),
    PR("Public Resources Code", "PRC", "PUB RES", "PUBLIC RESOURCES CODE"),
    RT("Revenue and Taxation Code", "RT", "R&T", "RTC", "REVENUE & TAXATION CODE"),
    UI("Unemployment Insurance Code", "UI", "UIC", "UNEMPLOYMENT INSURANCE CODE"),
    ED("Education Code", "ED", "EDC", "EDUCATION CODE"),
    WA("Water Code", "WAT", "WATER CODE"),
    FA("Food and Agricultural Code", "FA", "F&A", "FAC", "FOOD & AGRICULTURAL CODE");

    private final String title;
    private final List<String> aliases;

    LegalCode(String title, String... aliases) {
        this.title = title;
        this.aliases = List.of(aliases);
    }

    public String title() {
        return title;
    }

    public List<String> aliases() {
        return aliases;
    }
}
