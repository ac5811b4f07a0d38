package org.mosaiccrm.itests.support;

import org.mosaiccrm.itests.support.Http.Reply;

/** Creates customers over REST (without the contacts API on the test's class path). */
public final class Customers {

    public static final String PATH = "/crm/api/contacts/customers";

    private Customers() {
    }

    public static Reply createPerson(Http client, String first, String last, String email, String phone) {
        StringBuilder points = new StringBuilder();
        if (email != null) {
            points.append("{\"type\":\"EMAIL\",\"value\":\"").append(email).append("\"}");
        }
        if (phone != null) {
            points.append(points.length() > 0 ? "," : "").append("{\"type\":\"PHONE\",\"value\":\"").append(phone).append("\"}");
        }
        return client.postJson(PATH, "{\"kind\":\"PERSON\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last
                + "\",\"contactPoints\":[" + points + "]}");
    }
}
