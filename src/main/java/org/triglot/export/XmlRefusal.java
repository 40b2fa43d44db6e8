package org.triglot.export;

import org.xml.sax.SAXException;

/** A SAX exception that carries the key and the user's sentence of a refused file (DOCTYPE tricks, wrong root). */
final class XmlRefusal extends SAXException {
    final String key;

    XmlRefusal(String key, String message) {
        super(message);
        this.key = key;
    }
}
