package org.mirarchive;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the MIR archive: a cited digital history of Chile's Movimiento de Izquierda Revolucionaria. */
@SpringBootApplication
public class MirArchiveApplication {

	public static void main(String[] args) {
		SpringApplication.run(MirArchiveApplication.class, args);
	}

}
